package org.buddywerk.participants;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** The edit history: who changed which sections of a participant's record, when. Never the values. */
@Entity
@Immutable
public class ParticipantChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	private Instant changedAt;

	private Long actorAccountId;

	private String fields;

	protected ParticipantChange() {
	}

	ParticipantChange(long participantId, Instant changedAt, long actorAccountId, String fields) {
		this.participantId = participantId;
		this.changedAt = changedAt;
		this.actorAccountId = actorAccountId;
		this.fields = fields;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public Long getActorAccountId() {
		return actorAccountId;
	}

	/** Section names, comma-separated: identity, contact, languages, needs, household, ... */
	public String getFields() {
		return fields;
	}
}
