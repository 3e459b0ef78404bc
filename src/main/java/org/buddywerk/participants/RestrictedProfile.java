package org.buddywerk.participants;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The restricted profile: vulnerabilities and individual needs, psychosocial needs and trauma signals, health
 * access, residence status and family reunification, other professional-only notes. Package-private on
 * purpose: no other module can name it, and every read goes through {@link RestrictedProfiles}, which audits.
 */
@Entity
class RestrictedProfile {

	@Id
	private Long participantId;

	private String vulnerabilities;

	private String psychosocial;

	private String healthAccess;

	private String residence;

	private String otherNotes;

	private Instant updatedAt;

	private Long updatedBy;

	@Version
	private long version;

	protected RestrictedProfile() {
	}

	RestrictedProfile(long participantId) {
		this.participantId = participantId;
	}

	void write(RestrictedForm form, long actor, Instant now) {
		this.vulnerabilities = org.buddywerk.platform.Text.orNull(form.vulnerabilities());
		this.psychosocial = org.buddywerk.platform.Text.orNull(form.psychosocial());
		this.healthAccess = org.buddywerk.platform.Text.orNull(form.healthAccess());
		this.residence = org.buddywerk.platform.Text.orNull(form.residence());
		this.otherNotes = org.buddywerk.platform.Text.orNull(form.otherNotes());
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	Long getParticipantId() {
		return participantId;
	}

	String getVulnerabilities() {
		return vulnerabilities;
	}

	String getPsychosocial() {
		return psychosocial;
	}

	String getHealthAccess() {
		return healthAccess;
	}

	String getResidence() {
		return residence;
	}

	String getOtherNotes() {
		return otherNotes;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Long getUpdatedBy() {
		return updatedBy;
	}

	long getVersion() {
		return version;
	}
}
