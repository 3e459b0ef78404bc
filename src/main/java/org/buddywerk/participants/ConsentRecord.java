package org.buddywerk.participants;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A consent as it was given: purpose, text version and language, by whom, how and when. Never changed. */
@Entity
@Immutable
public class ConsentRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private ConsentPurpose purpose;

	private Long partnerOrganisationId;

	private String textVersion;

	private String language;

	@Enumerated(EnumType.STRING)
	private ConsentGivenBy givenBy;

	@Enumerated(EnumType.STRING)
	private ConsentGivenHow givenHow;

	private LocalDate givenOn;

	private Long recordedBy;

	private Instant recordedAt;

	protected ConsentRecord() {
	}

	ConsentRecord(long participantId, ConsentPurpose purpose, Long partnerOrganisationId, String textVersion,
			String language, ConsentGivenBy givenBy, ConsentGivenHow givenHow, LocalDate givenOn, long recordedBy,
			Instant recordedAt) {
		this.participantId = participantId;
		this.purpose = purpose;
		this.partnerOrganisationId = partnerOrganisationId;
		this.textVersion = textVersion;
		this.language = language;
		this.givenBy = givenBy;
		this.givenHow = givenHow;
		this.givenOn = givenOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public ConsentPurpose getPurpose() {
		return purpose;
	}

	public Long getPartnerOrganisationId() {
		return partnerOrganisationId;
	}

	public String getTextVersion() {
		return textVersion;
	}

	public String getLanguage() {
		return language;
	}

	public ConsentGivenBy getGivenBy() {
		return givenBy;
	}

	public ConsentGivenHow getGivenHow() {
		return givenHow;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public Long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
