package org.buddywerk.volunteers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.LifeDomain;

/** A person who signed up to volunteer: who they are, what they offer, and what they will not do. */
@Entity
public class Volunteer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	private String phone;

	private String postalCode;

	private int travelKm;

	private int capacity;

	private String boundaries;

	private String about;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private Long accountId;

	private String consentVersion;

	private String consentLanguage;

	private Instant consentGivenAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
	private Set<SpokenLanguage> languages = new HashSet<>();

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "volunteer_domain", joinColumns = @JoinColumn(name = "volunteer_id"))
	@Column(name = "life_domain")
	@Enumerated(EnumType.STRING)
	private Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "volunteer_slot", joinColumns = @JoinColumn(name = "volunteer_id"))
	@Column(name = "slot")
	@Enumerated(EnumType.STRING)
	private Set<WeekSlot> slots = EnumSet.noneOf(WeekSlot.class);

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "volunteer_interest", joinColumns = @JoinColumn(name = "volunteer_id"))
	@Column(name = "interest")
	@Enumerated(EnumType.STRING)
	private Set<Interest> interests = EnumSet.noneOf(Interest.class);

	/** Life domains the volunteer will not take on; {@link #boundaries} says the rest in their own words. */
	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "volunteer_boundary", joinColumns = @JoinColumn(name = "volunteer_id"))
	@Column(name = "life_domain")
	@Enumerated(EnumType.STRING)
	private Set<LifeDomain> boundaryDomains = EnumSet.noneOf(LifeDomain.class);

	protected Volunteer() {
	}

	public Volunteer(String email, Instant now) {
		this.email = email;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** What the volunteer says about themselves (sign-up form, or their own page). */
	public void describe(String name, String phone, String postalCode, int travelKm, int capacity, String boundaries,
			String about, Set<SpokenLanguage> languages, Set<LifeDomain> domains, Set<WeekSlot> slots, Instant now) {
		this.name = name;
		this.phone = phone;
		this.postalCode = postalCode;
		this.travelKm = travelKm;
		this.capacity = capacity;
		this.boundaries = boundaries;
		this.about = about;
		this.languages.clear();
		this.languages.addAll(languages);
		this.domains.clear();
		this.domains.addAll(domains);
		this.slots.clear();
		this.slots.addAll(slots);
		this.updatedAt = now;
	}

	/** The volunteer's own page: availability, boundaries, languages and capacity only. */
	public void adjust(int capacity, String boundaries, Set<SpokenLanguage> languages, Set<WeekSlot> slots, Instant now) {
		this.capacity = capacity;
		this.boundaries = boundaries;
		this.languages.clear();
		this.languages.addAll(languages);
		this.slots.clear();
		this.slots.addAll(slots);
		this.updatedAt = now;
	}

	/** What matching weighs besides the basics; no gender means they would rather not say. */
	public void describeForMatching(Gender gender, Set<Interest> interests, Set<LifeDomain> boundaryDomains,
			Instant now) {
		this.gender = gender;
		this.interests.clear();
		this.interests.addAll(interests);
		this.boundaryDomains.clear();
		this.boundaryDomains.addAll(boundaryDomains);
		this.updatedAt = now;
	}

	public void consented(String version, String language, Instant at) {
		this.consentVersion = version;
		this.consentLanguage = language;
		this.consentGivenAt = at;
	}

	public void linkAccount(Long accountId) {
		this.accountId = accountId;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getName() {
		return name;
	}

	public String getPhone() {
		return phone;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public int getTravelKm() {
		return travelKm;
	}

	public int getCapacity() {
		return capacity;
	}

	public String getBoundaries() {
		return boundaries;
	}

	public String getAbout() {
		return about;
	}

	public Gender getGender() {
		return gender;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getConsentVersion() {
		return consentVersion;
	}

	public String getConsentLanguage() {
		return consentLanguage;
	}

	public Instant getConsentGivenAt() {
		return consentGivenAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public Set<SpokenLanguage> getLanguages() {
		return Set.copyOf(languages);
	}

	public Set<LifeDomain> getDomains() {
		return domains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(domains);
	}

	public Set<WeekSlot> getSlots() {
		return slots.isEmpty() ? EnumSet.noneOf(WeekSlot.class) : EnumSet.copyOf(slots);
	}

	public Set<Interest> getInterests() {
		return interests.isEmpty() ? EnumSet.noneOf(Interest.class) : EnumSet.copyOf(interests);
	}

	public Set<LifeDomain> getBoundaryDomains() {
		return boundaryDomains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(boundaryDomains);
	}
}
