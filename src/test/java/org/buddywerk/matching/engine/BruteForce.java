package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.buddywerk.matching.engine.MatchingInstance.Pair;

/** The optimum of a small instance by trying every assignment: each participant one of its pairs, or none. */
final class BruteForce {

	private final long[] penalty;

	private final List<List<Pair>> options = new ArrayList<>();

	private final Map<String, Integer> room = new HashMap<>();

	private long best = Long.MAX_VALUE;

	private BruteForce(MatchingInstance instance) {
		penalty = instance.participants().stream().mapToLong(MatchingInstance.Participant::unmatchedPenalty).toArray();
		instance.participants().forEach(participant -> options.add(instance.pairs().stream()
			.filter(pair -> pair.participant().equals(participant.id()))
			.toList()));
		instance.buddies().forEach(buddy -> room.put(buddy.id(), buddy.capacity()));
	}

	static long optimum(MatchingInstance instance) {
		BruteForce search = new BruteForce(instance);
		search.choose(0, 0);
		return search.best;
	}

	private void choose(int participant, long sum) {
		if (participant == penalty.length) {
			best = Math.min(best, sum);
			return;
		}
		choose(participant + 1, sum + penalty[participant]);
		for (Pair pair : options.get(participant)) {
			int left = room.get(pair.buddy());
			if (left > 0) {
				room.put(pair.buddy(), left - 1);
				choose(participant + 1, sum + pair.cost());
				room.put(pair.buddy(), left);
			}
		}
	}
}
