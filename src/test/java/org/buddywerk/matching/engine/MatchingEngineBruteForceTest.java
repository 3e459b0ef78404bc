package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine against trying every assignment, on thousands of small random instances. */
class MatchingEngineBruteForceTest {

	static final int INSTANCES = 5_000;

	@Test
	void onThousandsOfSmallRandomInstancesTheEngineFindsTheBruteForceOptimumWithAFeasibleAssignment() {
		Random random = new Random(20_260_501);
		int withUnmatched = 0;
		int withFullBuddy = 0;
		for (int k = 0; k < INSTANCES; k++) {
			MatchingInstance instance = SmallInstances.random(random);
			MatchingResult result = MatchingEngine.solve(instance);
			assertThat(result.objective()).as("instance %d: %s", k, instance).isEqualTo(BruteForce.optimum(instance));
			Feasibility.assertFeasible(instance, result);
			withUnmatched += result.unmatched().isEmpty() ? 0 : 1;
			withFullBuddy += fullBuddies(instance, result) > 0 ? 1 : 0;
		}
		// the instances are varied enough to mean something
		assertThat(withUnmatched).isBetween(INSTANCES / 10, INSTANCES - INSTANCES / 10);
		assertThat(withFullBuddy).isGreaterThan(INSTANCES / 4);
	}

	@Test
	void theGreedyBaselineIsFeasibleAndNeverBetterThanTheOptimumAndSometimesWorse() {
		Random random = new Random(7);
		int worse = 0;
		for (int k = 0; k < INSTANCES; k++) {
			MatchingInstance instance = SmallInstances.random(random);
			IndexedInstance indexed = IndexedInstance.of(instance);
			MatchingResult greedy = indexed.result(GreedyBaseline.solve(indexed));
			Feasibility.assertFeasible(instance, greedy);
			long optimum = BruteForce.optimum(instance);
			assertThat(greedy.objective()).as("instance %d", k).isGreaterThanOrEqualTo(optimum);
			worse += greedy.objective() > optimum ? 1 : 0;
		}
		assertThat(worse).isPositive();
	}

	/** Greedy takes the cheapest pair; the optimum gives it up so that both participants get a buddy. */
	@Test
	void theOptimumGivesUpACheapPairWhenThatLetsMorePeopleBeMatched() {
		MatchingInstance instance = new MatchingInstance(
				List.of(new Participant("anna", 100), new Participant("bilal", 100)),
				List.of(new Buddy("chris", 1), new Buddy("dina", 1)),
				List.of(new Pair("anna", "chris", 1), new Pair("anna", "dina", 5), new Pair("bilal", "chris", 2)));
		MatchingResult result = MatchingEngine.solve(instance);

		assertThat(result.objective()).isEqualTo(7);
		assertThat(result.pairs()).containsExactly(new Pair("anna", "dina", 5), new Pair("bilal", "chris", 2));
		assertThat(result.unmatched()).isEmpty();
		IndexedInstance indexed = IndexedInstance.of(instance);
		assertThat(GreedyBaseline.solve(indexed).objective()).isEqualTo(101);
	}

	@Test
	void aPairDearerThanThePenaltyIsLeftAndABuddyWithoutCapacityTakesNobody() {
		MatchingInstance instance = new MatchingInstance(
				List.of(new Participant("anna", 10), new Participant("bilal", 10), new Participant("carla", 1)),
				List.of(new Buddy("dirk", 0), new Buddy("eva", 3)),
				List.of(new Pair("anna", "dirk", 0), new Pair("anna", "eva", 11), new Pair("bilal", "eva", 9),
						new Pair("carla", "eva", 0)));
		MatchingResult result = MatchingEngine.solve(instance);

		assertThat(result.objective()).isEqualTo(10 + 9 + 0);
		assertThat(result.unmatched()).containsExactly("anna");
		assertThat(result.pairs()).containsExactly(new Pair("bilal", "eva", 9), new Pair("carla", "eva", 0));
	}

	@Test
	void anEmptyInstanceHasObjectiveZeroAndProgressIsReportedToTheEnd() {
		int[] last = { -1, -1 };
		MatchingResult empty = MatchingEngine.solve(new MatchingInstance(List.of(), List.of(), List.of()),
				(done, total) -> {
					last[0] = done;
					last[1] = total;
				});
		assertThat(empty).isEqualTo(new MatchingResult(0, List.of(), List.of()));
		assertThat(last).containsExactly(0, 0);
	}

	@Test
	void progressIsReportedInOrderUpToEveryParticipant() {
		List<int[]> calls = new ArrayList<>();
		MatchingEngine.solve(RegionInstances.generate(3_000, 20, 9).indexed(),
				(done, total) -> calls.add(new int[] { done, total }));
		assertThat(calls).hasSizeGreaterThan(2);
		assertThat(calls).allSatisfy(call -> assertThat(call[1]).isEqualTo(3_000));
		assertThat(calls.stream().mapToInt(call -> call[0])).isSorted().endsWith(3_000);
	}

	private static long fullBuddies(MatchingInstance instance, MatchingResult result) {
		return instance.buddies().stream()
			.filter(buddy -> buddy.capacity() > 0 && result.pairs().stream()
				.filter(pair -> pair.buddy().equals(buddy.id()))
				.count() == buddy.capacity())
			.count();
	}
}
