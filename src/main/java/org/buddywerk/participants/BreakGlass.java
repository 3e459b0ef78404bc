package org.buddywerk.participants;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A coordinator's access to one restricted profile for a few hours, with the reason. Never changed. */
@Entity
@Immutable
public class BreakGlass {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	private Long coordinatorAccountId;

	private String reason;

	private Instant grantedAt;

	private Instant expiresAt;

	protected BreakGlass() {
	}

	BreakGlass(long participantId, long coordinatorAccountId, String reason, Instant grantedAt, Instant expiresAt) {
		this.participantId = participantId;
		this.coordinatorAccountId = coordinatorAccountId;
		this.reason = reason;
		this.grantedAt = grantedAt;
		this.expiresAt = expiresAt;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public Long getCoordinatorAccountId() {
		return coordinatorAccountId;
	}

	public String getReason() {
		return reason;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}
}
