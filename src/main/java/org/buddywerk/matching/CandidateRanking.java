package org.buddywerk.matching;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.buddywerk.matching.PairAssessor.Assessment;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.volunteers.BuddyProfile;

/**
 * The best buddies for one participant, and the near misses: buddies that one rule excludes, so the coordinator
 * sees what stands in the way (too far, no shared language…). Plain Java over loaded profiles.
 */
final class CandidateRanking {

	/** Rules about the participant alone: they exclude every buddy alike, so they are shown once, not per buddy. */
	static final Set<Exclusion> ABOUT_THE_PARTICIPANT = EnumSet.of(Exclusion.NO_MATCHING_CONSENT, Exclusion.NOT_WAITING);

	/** Rules about the buddy alone. */
	static final Set<Exclusion> ABOUT_THE_BUDDY = EnumSet.of(Exclusion.BUDDY_NOT_AVAILABLE,
			Exclusion.SCREENING_NOT_VALID, Exclusion.NO_CAPACITY_LEFT);

	private CandidateRanking() {
	}

	record Ranked<T>(T candidate, Assessment assessment, Set<Exclusion> pairExclusions) {
	}

	record Result<T>(Set<Exclusion> sideExclusions, List<Ranked<T>> best, List<Ranked<T>> nearMisses) {
	}

	static Result<BuddyProfile> buddiesFor(ParticipantProfile participant, List<BuddyProfile> buddies,
			MatchingContext context, int best, int nearMisses) {
		PairAssessor.Side side = new PairAssessor(context).forParticipant(participant);
		Set<Exclusion> aboutParticipant = EnumSet.noneOf(Exclusion.class);
		Comparator<Ranked<BuddyProfile>> order = Comparator.<Ranked<BuddyProfile>>comparingLong(r -> r.assessment().cost())
			.thenComparingLong(r -> r.candidate().enrolmentId());
		Ranking.Best<Ranked<BuddyProfile>> eligible = new Ranking.Best<>(order, best);
		Ranking.Best<Ranked<BuddyProfile>> near = new Ranking.Best<>(order, nearMisses);
		for (BuddyProfile buddy : buddies) {
			Assessment assessment = side.assess(buddy);
			int aboutThePair = 0;
			for (Exclusion e : assessment.exclusions()) {
				if (ABOUT_THE_PARTICIPANT.contains(e)) {
					aboutParticipant.add(e);
				}
				else {
					aboutThePair++;
				}
			}
			if (aboutThePair == 0) {
				eligible.offer(new Ranked<>(buddy, assessment, Set.of()));
			}
			else if (aboutThePair == 1) {
				near.offer(new Ranked<>(buddy, assessment, pairOnly(assessment.exclusions(), ABOUT_THE_PARTICIPANT)));
			}
		}
		return new Result<>(aboutParticipant, eligible.inOrder(), near.inOrder());
	}

	private static Set<Exclusion> pairOnly(Set<Exclusion> all, Set<Exclusion> aboutOneSide) {
		Set<Exclusion> pair = EnumSet.copyOf(all);
		pair.removeAll(aboutOneSide);
		return pair;
	}

	static Result<ParticipantProfile> participantsFor(BuddyProfile buddy, List<ParticipantProfile> participants,
			MatchingContext context, int best, int nearMisses) {
		PairAssessor assessor = new PairAssessor(context);
		Set<Exclusion> aboutBuddy = EnumSet.noneOf(Exclusion.class);
		Comparator<Ranked<ParticipantProfile>> order = Comparator
			.<Ranked<ParticipantProfile>>comparingLong(r -> r.assessment().cost())
			.thenComparingLong(r -> r.candidate().id());
		Ranking.Best<Ranked<ParticipantProfile>> eligible = new Ranking.Best<>(order, best);
		Ranking.Best<Ranked<ParticipantProfile>> near = new Ranking.Best<>(order, nearMisses);
		for (ParticipantProfile participant : participants) {
			Assessment assessment = assessor.forParticipant(participant).assess(buddy);
			int aboutThePair = 0;
			for (Exclusion e : assessment.exclusions()) {
				if (ABOUT_THE_BUDDY.contains(e)) {
					aboutBuddy.add(e);
				}
				else {
					aboutThePair++;
				}
			}
			if (aboutThePair == 0) {
				eligible.offer(new Ranked<>(participant, assessment, Set.of()));
			}
			else if (aboutThePair == 1) {
				Set<Exclusion> pair = pairOnly(assessment.exclusions(), ABOUT_THE_BUDDY);
				// someone in another proposal or without consent is no near miss for this buddy
				if (!ABOUT_THE_PARTICIPANT.containsAll(pair)) {
					near.offer(new Ranked<>(participant, assessment, pair));
				}
			}
		}
		return new Result<>(aboutBuddy, eligible.inOrder(), near.inOrder());
	}
}
