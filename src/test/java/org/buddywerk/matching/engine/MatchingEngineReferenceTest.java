package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on instances of hundreds to thousands of participants, against JGraphT's min-cost flow on the
 * same network and against a certificate of its own (no negative cycle in the residual graph).
 */
class MatchingEngineReferenceTest {

	static Stream<Arguments> instances() {
		return Stream.of(
				Arguments.of("region of 300, 20 pairs each", RegionInstances.generate(300, 20, 1).records()),
				Arguments.of("region of 1,000, 50 pairs each", RegionInstances.generate(1_000, 50, 2).records()),
				Arguments.of("region of 3,000, 50 pairs each", RegionInstances.generate(3_000, 50, 3).records()),
				Arguments.of("500 participants, 60 scarce buddies, many ties", tiedAndScarce(new Random(4), 500, 60)),
				Arguments.of("2,000 participants, 400 buddies, many ties", tiedAndScarce(new Random(5), 2_000, 400)),
				Arguments.of("2,000 participants, 2,000 buddies, many ties", tiedAndScarce(new Random(6), 2_000, 2_000)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("instances")
	void theObjectiveEqualsJGraphTsMinimumCostFlowAndTheResultIsFeasible(String name, MatchingInstance instance) {
		MatchingResult result = MatchingEngine.solve(instance);

		assertThat(result.objective()).isEqualTo(ReferenceFlow.optimum(IndexedInstance.of(instance)));
		Feasibility.assertFeasible(instance, result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("instances")
	void noCycleOfExchangesImprovesTheAssignmentWhileOneImprovesTheGreedyBaselineWhereItIsWorse(String name,
			MatchingInstance instance) {
		IndexedInstance indexed = IndexedInstance.of(instance);
		IndexedAssignment optimum = MatchingEngine.solve(indexed, ProgressListener.NONE);
		IndexedAssignment greedy = GreedyBaseline.solve(indexed);

		assertThat(ResidualCycles.canBeImproved(indexed, optimum)).isFalse();
		assertThat(greedy.objective()).isGreaterThanOrEqualTo(optimum.objective());
		assertThat(ResidualCycles.canBeImproved(indexed, greedy)).isEqualTo(greedy.objective() > optimum.objective());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("instances")
	void theOrderOfTheParticipantsDoesNotChangeTheObjective(String name, MatchingInstance instance) {
		List<Participant> shuffled = new ArrayList<>(instance.participants());
		Collections.shuffle(shuffled, new Random(name.hashCode()));
		MatchingInstance reordered = new MatchingInstance(shuffled, instance.buddies(), instance.pairs());

		assertThat(MatchingEngine.solve(reordered).objective()).isEqualTo(MatchingEngine.solve(instance).objective());
	}

	/** Costs and penalties from a handful of values, and buddies of capacity 0 to 3. */
	private static MatchingInstance tiedAndScarce(Random random, int participantCount, int buddyCount) {
		List<Participant> participants = new ArrayList<>();
		List<Buddy> buddies = new ArrayList<>();
		List<Pair> pairs = new ArrayList<>();
		for (int b = 0; b < buddyCount; b++) {
			buddies.add(new Buddy("b" + b, random.nextInt(4)));
		}
		for (int i = 0; i < participantCount; i++) {
			participants.add(new Participant("p" + i, random.nextInt(25)));
			for (int b = 0; b < buddyCount; b++) {
				if (random.nextInt(buddyCount) < 12) {
					pairs.add(new Pair("p" + i, "b" + b, random.nextInt(20)));
				}
			}
		}
		return new MatchingInstance(participants, buddies, pairs);
	}
}
