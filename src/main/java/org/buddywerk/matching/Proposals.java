package org.buddywerk.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.MatchingContext.PairKey;
import org.buddywerk.matching.PairAssessor.Assessment;
import org.buddywerk.matching.geo.PostalCodes;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Today;
import org.buddywerk.trajectories.Trajectories;
import org.buddywerk.trajectories.TrajectoryStart;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.buddywerk.volunteers.VolunteerStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing pairs, planning introductions and recording both answers. Publishing locks the participant's and
 * the buddy's rows (always in that order, so two publishers never wait on each other in a circle) and checks
 * every rule again under the lock: of two coordinators publishing the same buddy's last place or the same
 * participant at once, exactly one wins and the other is told why.
 */
@Service
class Proposals {

	private final MatchProposalRepository proposals;

	private final Participants participants;

	private final Buddies buddies;

	private final Trajectories trajectories;

	private final MatchingData data;

	private final MatchRules rules;

	private final Interpreters interpreters;

	private final PostalCodes postalCodes;

	private final Clock clock;

	Proposals(MatchProposalRepository proposals, Participants participants, Buddies buddies, Trajectories trajectories,
			MatchingData data, MatchRules rules, Interpreters interpreters, PostalCodes postalCodes, Clock clock) {
		this.proposals = proposals;
		this.participants = participants;
		this.buddies = buddies;
		this.trajectories = trajectories;
		this.data = data;
		this.rules = rules;
		this.interpreters = interpreters;
		this.postalCodes = postalCodes;
		this.clock = clock;
	}

	/** Published, or refused with the rules that stand in the way now. */
	record Outcome(long participantId, long enrolmentId, Long proposalId, Set<Exclusion> refusedFor) {

		boolean published() {
			return proposalId != null;
		}
	}

	/** Publishes one pair in its own transaction, so that one refusal does not undo the others. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome publish(long programmeId, long participantId, long enrolmentId, Long runId, long actor) {
		participants.lockForMatching(participantId);
		buddies.lockForMatching(enrolmentId);
		ParticipantProfile participant = participants.profile(participantId)
			.filter(p -> p.programmeId() == programmeId)
			.orElseThrow(NotFoundException::new);
		BuddyProfile buddy = buddies.profile(enrolmentId)
			.filter(b -> b.programmeId() == programmeId)
			.orElseThrow(NotFoundException::new);
		Assessment assessment = assessNow(participant, buddy);
		if (!assessment.eligible()) {
			return new Outcome(participantId, enrolmentId, null, assessment.exclusions());
		}
		MatchProposal proposal = proposals.save(new MatchProposal(programmeId, participantId, enrolmentId, runId,
				assessment.cost(), actor, clock.instant()));
		return new Outcome(participantId, enrolmentId, proposal.getId(), Set.of());
	}

	/** The rules for one pair as the database stands now (read after the locks, so nothing slips in between). */
	private Assessment assessNow(ParticipantProfile participant, BuddyProfile buddy) {
		long programmeId = participant.programmeId();
		int load = (int) proposals.countByEnrolmentIdAndStatus(buddy.enrolmentId(), ProposalStatus.OPEN)
				+ trajectories.activeCountPerEnrolment(List.of(buddy.enrolmentId())).getOrDefault(buddy.enrolmentId(), 0);
		Set<Long> busy = new HashSet<>();
		if (proposals.existsByParticipantIdAndStatus(participant.id(), ProposalStatus.OPEN)
				|| trajectories.participantHasActive(participant.id())) {
			busy.add(participant.id());
		}
		Map<PairKey, RuleKind> pairRules = rules.onPair(participant.id(), buddy.enrolmentId());
		MatchingContext context = new MatchingContext(data.settingsOf(programmeId), interpreters.pairsOf(programmeId),
				Today.on(clock), postalCodes.locate(java.util.Arrays.asList(participant.postalCode(), buddy.postalCode())),
				Map.of(buddy.enrolmentId(), load), pairRules, busy);
		return new PairAssessor(context).forParticipant(participant).assess(buddy);
	}

	@Transactional
	public void planIntroduction(long proposalId, Instant at, String place, boolean professional, boolean coach) {
		MatchProposal proposal = proposals.lockById(proposalId).orElseThrow(NotFoundException::new);
		if (!proposal.open()) {
			throw new ProposalClosedException();
		}
		proposal.planIntroduction(at, place, professional, coach);
	}

	@Transactional
	public void withdraw(long proposalId) {
		MatchProposal proposal = proposals.lockById(proposalId).orElseThrow(NotFoundException::new);
		if (!proposal.open()) {
			throw new ProposalClosedException();
		}
		proposal.withdraw(clock.instant());
	}

	/**
	 * Records one side's answer. A no closes the proposal, rules the pair out for the future and leaves both
	 * waiting/available as before; the second yes starts the trajectory and pairs both.
	 */
	@Transactional
	public ProposalStatus answer(long proposalId, AnswerSide side, Answer answer, String reason, long actor) {
		MatchProposal unlocked = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
		// the same order as publishing (participant, buddy), then the proposal: nobody waits in a circle
		participants.lockForMatching(unlocked.getParticipantId());
		buddies.lockForMatching(unlocked.getEnrolmentId());
		MatchProposal proposal = proposals.lockById(proposalId).orElseThrow(NotFoundException::new);
		Instant now = clock.instant();
		Answer earlier = side == AnswerSide.BUDDY ? proposal.getBuddyAnswer() : proposal.getParticipantAnswer();
		if (!proposal.answerable(now) || earlier != null) {
			throw new ProposalClosedException();
		}
		if (side == AnswerSide.BUDDY) {
			proposal.buddyAnswers(answer, now);
		}
		else {
			proposal.participantAnswers(answer, actor, now);
		}
		if (answer == Answer.NO) {
			proposal.decline(side.name(), reason, now);
			rules.declined(proposal.getProgrammeId(), proposal.getParticipantId(), proposal.getEnrolmentId(), actor);
		}
		else if (proposal.getBuddyAnswer() == Answer.YES && proposal.getParticipantAnswer() == Answer.YES) {
			startTrajectory(proposal, actor, now);
		}
		return proposal.getStatus();
	}

	/**
	 * Both said yes. If meanwhile the participant withdrew their consent or the buddy stopped being available,
	 * the pair cannot start: the proposal is withdrawn (and frees the buddy's place) rather than left hanging.
	 */
	private void startTrajectory(MatchProposal proposal, long actor, Instant now) {
		ParticipantProfile participant = participants.profile(proposal.getParticipantId()).orElseThrow(NotFoundException::new);
		BuddyProfile buddy = buddies.profile(proposal.getEnrolmentId()).orElseThrow(NotFoundException::new);
		boolean available = buddy.status() == VolunteerStatus.AVAILABLE || buddy.status() == VolunteerStatus.MATCHED;
		if (!participant.matchingConsent() || !available) {
			proposal.withdraw(now);
			return;
		}
		proposal.agree(now);
		trajectories.start(new TrajectoryStart(proposal.getProgrammeId(), participant.id(), buddy.enrolmentId(),
				buddy.accountId(), participant.contactProfessionalId(), buddy.coachAccountId(), proposal.getId(),
				Today.on(clock)));
		participants.markMatched(participant.id());
		buddies.markMatched(buddy.enrolmentId(), actor);
	}

	/** Who answers: the buddy, or the participant (themselves or through their professional). */
	enum AnswerSide {
		BUDDY, PARTICIPANT
	}
}
