package org.buddywerk.trajectories;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A buddy relationship: the triangle (participant, buddy, professional) plus the buddy's coach. */
@Entity
class Trajectory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long programmeId;

	private long participantId;

	private long enrolmentId;

	private Long buddyAccountId;

	private long professionalAccountId;

	private Long coachAccountId;

	private Long proposalId;

	@Enumerated(EnumType.STRING)
	private TrajectoryStatus status;

	private LocalDate startedOn;

	private Instant createdAt;

	@Version
	private long version;

	protected Trajectory() {
	}

	Trajectory(TrajectoryStart start, Instant now) {
		this.programmeId = start.programmeId();
		this.participantId = start.participantId();
		this.enrolmentId = start.enrolmentId();
		this.buddyAccountId = start.buddyAccountId();
		this.professionalAccountId = start.professionalAccountId();
		this.coachAccountId = start.coachAccountId();
		this.proposalId = start.proposalId();
		this.status = TrajectoryStatus.ACTIVE;
		this.startedOn = start.startedOn();
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	long getProgrammeId() {
		return programmeId;
	}

	long getParticipantId() {
		return participantId;
	}

	long getEnrolmentId() {
		return enrolmentId;
	}

	Long getBuddyAccountId() {
		return buddyAccountId;
	}

	long getProfessionalAccountId() {
		return professionalAccountId;
	}

	Long getCoachAccountId() {
		return coachAccountId;
	}

	TrajectoryStatus getStatus() {
		return status;
	}

	LocalDate getStartedOn() {
		return startedOn;
	}
}
