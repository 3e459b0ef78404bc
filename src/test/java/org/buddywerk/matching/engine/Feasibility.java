package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that a result is an assignment the instance allows and that its objective adds up. */
final class Feasibility {

	private Feasibility() {
	}

	static void assertFeasible(MatchingInstance instance, MatchingResult result) {
		Map<String, Long> costs = new HashMap<>();
		instance.pairs().forEach(pair -> costs.put(pair.participant() + "\u0000" + pair.buddy(), pair.cost()));
		Map<String, Integer> capacity = new HashMap<>();
		instance.buddies().forEach(buddy -> capacity.put(buddy.id(), buddy.capacity()));
		Map<String, Long> penalty = new HashMap<>();
		instance.participants().forEach(participant -> penalty.put(participant.id(), participant.unmatchedPenalty()));

		Set<String> matched = new HashSet<>();
		Map<String, Integer> load = new HashMap<>();
		long objective = 0;
		for (Pair pair : result.pairs()) {
			assertThat(costs.get(pair.participant() + "\u0000" + pair.buddy())).as("cost of the chosen pair %s", pair)
				.isEqualTo(pair.cost());
			assertThat(matched.add(pair.participant())).as("%s has one buddy at most", pair.participant()).isTrue();
			load.merge(pair.buddy(), 1, Integer::sum);
			objective += pair.cost();
		}
		load.forEach((buddy, taken) -> assertThat(taken).as("load of %s", buddy).isLessThanOrEqualTo(capacity.get(buddy)));
		List<String> unmatched = new ArrayList<>();
		for (Participant participant : instance.participants()) {
			if (!matched.contains(participant.id())) {
				unmatched.add(participant.id());
				objective += participant.unmatchedPenalty();
			}
		}
		assertThat(result.unmatched()).as("the unmatched, in the instance's order").isEqualTo(unmatched);
		assertThat(result.pairs().stream().map(Pair::participant).toList()).as("pairs in the instance's order")
			.isEqualTo(instance.participants().stream().map(Participant::id).filter(matched::contains).toList());
		assertThat(result.objective()).as("objective = chosen costs + unmatched penalties").isEqualTo(objective);
		assertThat(instance.buddies().stream().map(Buddy::id)).containsAll(load.keySet());
		assertThat(penalty.keySet()).containsAll(matched);
	}
}
