package org.buddywerk.volunteers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One step or state change in a pipeline: who, when, from, to. Written once, never changed. */
@Entity
@Immutable
public class EnrolmentEvent {

	/** What happened. */
	public enum Kind {
		APPLIED, INTAKE, SCREENING, TRAINING, COACH, STATUS, STANDBY_CONTACT, STANDBY_TOLD, SCREENING_EXPIRING,
		SCREENING_EXPIRED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long enrolmentId;

	private Instant happenedAt;

	private Long actorAccountId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private VolunteerStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private VolunteerStatus toStatus;

	private String note;

	protected EnrolmentEvent() {
	}

	EnrolmentEvent(long enrolmentId, Instant happenedAt, Long actorAccountId, Kind kind, VolunteerStatus fromStatus,
			VolunteerStatus toStatus, String note) {
		this.enrolmentId = enrolmentId;
		this.happenedAt = happenedAt;
		this.actorAccountId = actorAccountId;
		this.kind = kind;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getEnrolmentId() {
		return enrolmentId;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}

	public Long getActorAccountId() {
		return actorAccountId;
	}

	public Kind getKind() {
		return kind;
	}

	public VolunteerStatus getFromStatus() {
		return fromStatus;
	}

	public VolunteerStatus getToStatus() {
		return toStatus;
	}

	public String getNote() {
		return note;
	}
}
