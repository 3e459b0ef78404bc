package org.buddywerk.volunteers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A consent a volunteer gave: to which text (version, language) and when. Rows are only ever added, so the
 * history survives a second sign-up that updates the volunteer's details.
 */
@Entity
@Immutable
public class VolunteerConsent {

	/** What the volunteer consented to. */
	public static final String PROCESSING = "DATA_PROCESSING";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long volunteerId;

	private String purpose;

	private String textVersion;

	private String language;

	private Instant givenAt;

	protected VolunteerConsent() {
	}

	VolunteerConsent(long volunteerId, String purpose, String textVersion, String language, Instant givenAt) {
		this.volunteerId = volunteerId;
		this.purpose = purpose;
		this.textVersion = textVersion;
		this.language = language;
		this.givenAt = givenAt;
	}

	public Long getVolunteerId() {
		return volunteerId;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getTextVersion() {
		return textVersion;
	}

	public String getLanguage() {
		return language;
	}

	public Instant getGivenAt() {
		return givenAt;
	}
}
