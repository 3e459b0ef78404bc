package org.buddywerk.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;

/**
 * A participant's basic profile: who they are (first name), their household, languages, needs per life domain,
 * dreams, preferences and availability, and their one fixed contact professional. Contact details are part of
 * it but shown only to those DESIGN.md §4 allows. The restricted profile is kept apart.
 */
@Entity
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String firstName;

	private String lastName;

	private String phone;

	private String email;

	private String postalCode;

	@Enumerated(EnumType.STRING)
	private LanguageLevel dutchLevel;

	@Enumerated(EnumType.STRING)
	private LanguageLevel frenchLevel;

	private String interests;

	private String aspirations;

	@Enumerated(EnumType.STRING)
	private BuddyGender buddyGender;

	private String buddyPreferences;

	private String buddyLanguage;

	private Long contactProfessionalId;

	private Long accountId;

	private LocalDate waitingSince;

	/** While matched: the day they had started waiting, given back when they wait again. */
	private LocalDate waitingSinceBeforeMatch;

	@Enumerated(EnumType.STRING)
	private ReceptionKind receptionKind;

	private String receptionName;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participant_language", joinColumns = @JoinColumn(name = "participant_id"))
	private Set<SpokenLanguage> languages = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participant_slot", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "slot")
	@Enumerated(EnumType.STRING)
	private Set<WeekSlot> slots = EnumSet.noneOf(WeekSlot.class);

	/** Everyday interests from a fixed list, for matching; {@link #interests} says it in their own words. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participant_interest", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "interest")
	@Enumerated(EnumType.STRING)
	private Set<Interest> interestChoices = EnumSet.noneOf(Interest.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participant_need", joinColumns = @JoinColumn(name = "participant_id"))
	private Set<Need> needs = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "participant_id"))
	@OrderColumn(name = "position")
	private List<HouseholdMember> household = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "participant_professional", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "account_id")
	private Set<Long> sharedWith = new HashSet<>();

	protected Participant() {
	}

	Participant(long programmeId, long contactProfessionalId, Instant now) {
		this.programmeId = programmeId;
		this.contactProfessionalId = contactProfessionalId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Everything the intake form holds; returns the names of the sections that changed, for the history. */
	List<String> take(IntakeForm form, Instant now) {
		List<String> changed = new ArrayList<>();
		track(changed, "identity", java.util.Arrays.asList(String.valueOf(firstName), String.valueOf(lastName)),
				java.util.Arrays.asList(form.firstName().strip(), String.valueOf(org.buddywerk.platform.Text.orNull(form.lastName()))));
		firstName = form.firstName().strip();
		lastName = org.buddywerk.platform.Text.orNull(form.lastName());
		track(changed, "contact", java.util.Arrays.asList(String.valueOf(phone), String.valueOf(email), String.valueOf(postalCode)),
				java.util.Arrays.asList(String.valueOf(org.buddywerk.platform.Text.orNull(form.phone())),
						String.valueOf(org.buddywerk.platform.Text.orNull(form.email())), form.normalisedPostalCode()));
		phone = org.buddywerk.platform.Text.orNull(form.phone());
		email = org.buddywerk.platform.Text.orNull(form.email());
		postalCode = form.normalisedPostalCode();
		track(changed, "languages", java.util.Arrays.asList(languages, dutchLevel, frenchLevel),
				java.util.Arrays.asList(form.spokenLanguages(), form.dutchLevel(), form.frenchLevel()));
		languages.clear();
		languages.addAll(form.spokenLanguages());
		dutchLevel = form.dutchLevel();
		frenchLevel = form.frenchLevel();
		track(changed, "needs", java.util.Arrays.asList(needs), java.util.Arrays.asList(form.needList()));
		needs.clear();
		needs.addAll(form.needList());
		track(changed, "household", java.util.Arrays.asList(household), java.util.Arrays.asList(form.householdList()));
		household.clear();
		household.addAll(form.householdList());
		track(changed, "dreams",
				java.util.Arrays.asList(String.valueOf(interests), String.valueOf(aspirations), getInterestChoices()),
				java.util.Arrays.asList(String.valueOf(org.buddywerk.platform.Text.orNull(form.interests())),
						String.valueOf(org.buddywerk.platform.Text.orNull(form.aspirations())), form.interestSet()));
		interests = org.buddywerk.platform.Text.orNull(form.interests());
		aspirations = org.buddywerk.platform.Text.orNull(form.aspirations());
		interestChoices.clear();
		interestChoices.addAll(form.interestSet());
		track(changed, "preferences", java.util.Arrays.asList(String.valueOf(buddyGender), String.valueOf(buddyPreferences), slots),
				java.util.Arrays.asList(String.valueOf(form.buddyGender()), String.valueOf(org.buddywerk.platform.Text.orNull(form.buddyPreferences())),
						form.slots()));
		track(changed, "preferences", java.util.Arrays.asList(buddyLanguage), java.util.Arrays.asList(org.buddywerk.platform.Text.orNull(form.buddyLanguage())));
		buddyLanguage = org.buddywerk.platform.Text.orNull(form.buddyLanguage());
		buddyGender = form.buddyGender();
		buddyPreferences = org.buddywerk.platform.Text.orNull(form.buddyPreferences());
		slots.clear();
		slots.addAll(form.slots());
		track(changed, "waiting", java.util.Arrays.asList(String.valueOf(waitingSince)), java.util.Arrays.asList(String.valueOf(form.waitingSince())));
		waitingSince = form.waitingSince();
		track(changed, "reception", java.util.Arrays.asList(String.valueOf(receptionKind), String.valueOf(receptionName)),
				java.util.Arrays.asList(String.valueOf(form.receptionKind()), String.valueOf(org.buddywerk.platform.Text.orNull(form.receptionName()))));
		receptionKind = form.receptionKind();
		receptionName = org.buddywerk.platform.Text.orNull(form.receptionName());
		if (form.contactProfessionalId() != null && !form.contactProfessionalId().equals(contactProfessionalId)) {
			changed.add("professional");
			contactProfessionalId = form.contactProfessionalId();
		}
		updatedAt = now;
		return changed;
	}

	private static void track(List<String> changed, String section, List<?> before, List<?> after) {
		if (!before.equals(after)) {
			changed.add(section);
		}
	}

	/** Matched with a buddy: no longer waiting, but the day they started waiting is kept. */
	void matched() {
		if (waitingSince != null) {
			waitingSinceBeforeMatch = waitingSince;
			waitingSince = null;
		}
	}

	/** Waiting again after a match: back in their old place, or from today when there is none to go back to. */
	void waitingAgain(LocalDate today) {
		if (waitingSince == null) {
			waitingSince = waitingSinceBeforeMatch != null ? waitingSinceBeforeMatch : today;
			waitingSinceBeforeMatch = null;
		}
	}

	void linkAccount(Long accountId) {
		this.accountId = accountId;
	}

	void shareWith(Set<Long> professionals) {
		sharedWith.clear();
		sharedWith.addAll(professionals);
	}

	/** Whether this account is one of the participant's professionals: the contact or one sharing the case. */
	public boolean professionalIs(long accountId) {
		return contactProfessionalId == accountId || sharedWith.contains(accountId);
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public LanguageLevel getDutchLevel() {
		return dutchLevel;
	}

	public LanguageLevel getFrenchLevel() {
		return frenchLevel;
	}

	public String getInterests() {
		return interests;
	}

	public String getAspirations() {
		return aspirations;
	}

	public BuddyGender getBuddyGender() {
		return buddyGender;
	}

	public String getBuddyLanguage() {
		return buddyLanguage;
	}

	public String getBuddyPreferences() {
		return buddyPreferences;
	}

	public Long getContactProfessionalId() {
		return contactProfessionalId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public LocalDate getWaitingSince() {
		return waitingSince;
	}

	public ReceptionKind getReceptionKind() {
		return receptionKind;
	}

	public String getReceptionName() {
		return receptionName;
	}

	public long getVersion() {
		return version;
	}

	public Set<SpokenLanguage> getLanguages() {
		return Set.copyOf(languages);
	}

	public Set<Interest> getInterestChoices() {
		return interestChoices.isEmpty() ? EnumSet.noneOf(Interest.class) : EnumSet.copyOf(interestChoices);
	}

	public Set<WeekSlot> getSlots() {
		return slots.isEmpty() ? EnumSet.noneOf(WeekSlot.class) : EnumSet.copyOf(slots);
	}

	public List<Need> getNeeds() {
		return needs.stream().sorted(java.util.Comparator.comparingInt(Need::priority)
			.thenComparing(n -> n.domain().ordinal())).toList();
	}

	public List<HouseholdMember> getHousehold() {
		return List.copyOf(household);
	}

	public Set<Long> getSharedWith() {
		return Set.copyOf(sharedWith);
	}
}
