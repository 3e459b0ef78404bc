package org.buddywerk.organisations;

import java.time.LocalDate;
import java.util.EnumSet;
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
import jakarta.persistence.Version;

import org.buddywerk.platform.Text;

/** A buddy programme of an organisation, e.g. "Woonbuddy's Gent". */
@Entity
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long organisationId;

	private String targetGroup;

	private String funder;

	private LocalDate fundingStart;

	private LocalDate fundingEnd;

	private boolean active = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programme_life_domain", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "life_domain")
	@Enumerated(EnumType.STRING)
	private Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);

	@Version
	private long version;

	protected Programme() {
	}

	Programme(ProgrammeForm form) {
		change(form);
	}

	void change(ProgrammeForm form) {
		this.name = form.name().strip();
		this.organisationId = form.organisationId();
		this.targetGroup = Text.orNull(form.targetGroup());
		this.funder = Text.orNull(form.funder());
		this.fundingStart = form.fundingStart();
		this.fundingEnd = form.fundingEnd();
		this.active = form.active();
		this.lifeDomains.clear();
		this.lifeDomains.addAll(form.lifeDomains());
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	String getTargetGroup() {
		return targetGroup;
	}

	String getFunder() {
		return funder;
	}

	LocalDate getFundingStart() {
		return fundingStart;
	}

	LocalDate getFundingEnd() {
		return fundingEnd;
	}

	boolean isActive() {
		return active;
	}

	Set<LifeDomain> getLifeDomains() {
		return Set.copyOf(lifeDomains);
	}

	long getVersion() {
		return version;
	}
}
