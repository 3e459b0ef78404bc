package org.buddywerk.matching;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.buddywerk.matching.MatchingContext.PairKey;
import org.buddywerk.matching.MatchingData.Snapshot;
import org.buddywerk.matching.PairAssessor.Assessment;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.volunteers.BuddyProfile;

/**
 * Turns a programme's snapshot into the engine's instance: every eligible pair with its cost, each buddy with the
 * capacity they have left, each participant with a penalty that grows with their waiting time. Pairs a
 * coordinator locked in are taken out beforehand (when still eligible) and use up their buddy's capacity.
 */
record Batch(MatchingInstance instance, List<Fixed> locked, Map<PairKey, Double> distances, Map<Long, Long> waitingDays) {

	/** A locked pair placed before the engine runs. */
	record Fixed(long participantId, long enrolmentId, long cost) {
	}

	static String participantKey(long participantId) {
		return "p" + participantId;
	}

	static String buddyKey(long enrolmentId) {
		return "e" + enrolmentId;
	}

	static long idOf(String key) {
		return Long.parseLong(key.substring(1));
	}

	static Batch of(Snapshot snapshot) {
		MatchingContext context = snapshot.context();
		PairAssessor assessor = new PairAssessor(context);
		Map<Long, Integer> capacityLeft = new HashMap<>();
		for (BuddyProfile buddy : snapshot.buddies()) {
			capacityLeft.put(buddy.enrolmentId(), Math.max(0, buddy.capacity() - context.loadOf(buddy.enrolmentId())));
		}
		List<Fixed> locked = new ArrayList<>();
		List<MatchingInstance.Participant> participants = new ArrayList<>();
		List<MatchingInstance.Pair> pairs = new ArrayList<>();
		Map<PairKey, Double> distances = new HashMap<>();
		Map<Long, Long> waitingDays = new HashMap<>();
		for (ParticipantProfile participant : snapshot.participants()) {
			if (!participant.matchingConsent() || participant.waitingSince() == null
					|| context.busyParticipants().contains(participant.id())) {
				continue;
			}
			PairAssessor.Side side = assessor.forParticipant(participant);
			List<MatchingInstance.Pair> own = new ArrayList<>();
			Fixed fixed = null;
			for (BuddyProfile buddy : snapshot.buddies()) {
				Assessment assessment = side.assess(buddy);
				if (!assessment.eligible()) {
					continue;
				}
				PairKey key = new PairKey(participant.id(), buddy.enrolmentId());
				distances.put(key, assessment.distanceKm());
				if (fixed == null && context.ruleFor(participant.id(), buddy.enrolmentId()) == RuleKind.LOCKED
						&& capacityLeft.get(buddy.enrolmentId()) > 0) {
					fixed = new Fixed(participant.id(), buddy.enrolmentId(), assessment.cost());
				}
				own.add(new MatchingInstance.Pair(participantKey(participant.id()), buddyKey(buddy.enrolmentId()),
						assessment.cost()));
			}
			waitingDays.put(participant.id(), ChronoUnit.DAYS.between(participant.waitingSince(), context.today()));
			if (fixed != null) {
				locked.add(fixed);
				capacityLeft.merge(fixed.enrolmentId(), -1, Integer::sum);
			}
			else {
				participants.add(new MatchingInstance.Participant(participantKey(participant.id()),
						context.settings().unmatchedPenalty(waitingDays.get(participant.id()))));
				pairs.addAll(own);
			}
		}
		List<MatchingInstance.Buddy> buddies = snapshot.buddies().stream()
			.map(b -> new MatchingInstance.Buddy(buddyKey(b.enrolmentId()), capacityLeft.get(b.enrolmentId())))
			.toList();
		return new Batch(new MatchingInstance(participants, buddies, pairs), locked, distances, waitingDays);
	}
}
