package org.buddywerk.matching;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A published pair: nobody is paired until buddy and participant have met at the introduction and both said
 * yes. One no ends it, with a reason only coordinators read.
 */
@Entity
class MatchProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long programmeId;

	private long participantId;

	private long enrolmentId;

	private Long runId;

	private long cost;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private long publishedBy;

	private Instant publishedAt;

	private Instant introductionAt;

	private String introductionPlace;

	private boolean professionalAttends;

	private boolean coachAttends;

	@Enumerated(EnumType.STRING)
	private Answer buddyAnswer;

	private Instant buddyAnsweredAt;

	@Enumerated(EnumType.STRING)
	private Answer participantAnswer;

	private Instant participantAnsweredAt;

	private Long participantAnsweredBy;

	private String declinedBySide;

	private String declineReason;

	private Instant closedAt;

	@Version
	private long version;

	protected MatchProposal() {
	}

	MatchProposal(long programmeId, long participantId, long enrolmentId, Long runId, long cost, long publishedBy,
			Instant now) {
		this.programmeId = programmeId;
		this.participantId = participantId;
		this.enrolmentId = enrolmentId;
		this.runId = runId;
		this.cost = cost;
		this.status = ProposalStatus.OPEN;
		this.publishedBy = publishedBy;
		this.publishedAt = now;
	}

	void planIntroduction(Instant at, String place, boolean professional, boolean coach) {
		this.introductionAt = at;
		this.introductionPlace = place;
		this.professionalAttends = professional;
		this.coachAttends = coach;
	}

	void buddyAnswers(Answer answer, Instant now) {
		this.buddyAnswer = answer;
		this.buddyAnsweredAt = now;
	}

	void participantAnswers(Answer answer, long by, Instant now) {
		this.participantAnswer = answer;
		this.participantAnsweredAt = now;
		this.participantAnsweredBy = by;
	}

	void agree(Instant now) {
		this.status = ProposalStatus.AGREED;
		this.closedAt = now;
	}

	void decline(String side, String reason, Instant now) {
		this.status = ProposalStatus.DECLINED;
		this.declinedBySide = side;
		this.declineReason = reason;
		this.closedAt = now;
	}

	void withdraw(Instant now) {
		this.status = ProposalStatus.WITHDRAWN;
		this.closedAt = now;
	}

	boolean open() {
		return status == ProposalStatus.OPEN;
	}

	/** Open, and not both answered this long after publication: the coordinator should follow it up. */
	boolean unansweredAfter(int days, Instant now) {
		return open() && (buddyAnswer == null || participantAnswer == null)
				&& Duration.between(publishedAt, now).toDays() >= days;
	}

	/** Answers are given after meeting: once the introduction has begun. */
	boolean answerable(Instant now) {
		return open() && introductionAt != null && !introductionAt.isAfter(now);
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

	ProposalStatus getStatus() {
		return status;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getIntroductionAt() {
		return introductionAt;
	}

	String getIntroductionPlace() {
		return introductionPlace;
	}

	boolean isProfessionalAttends() {
		return professionalAttends;
	}

	boolean isCoachAttends() {
		return coachAttends;
	}

	Answer getBuddyAnswer() {
		return buddyAnswer;
	}

	Answer getParticipantAnswer() {
		return participantAnswer;
	}

	String getDeclinedBySide() {
		return declinedBySide;
	}

	String getDeclineReason() {
		return declineReason;
	}
}
