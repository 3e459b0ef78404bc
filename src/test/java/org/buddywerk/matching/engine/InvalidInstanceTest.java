package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each way an instance can be wrong is refused with its own message key, and in English by getMessage(). */
class InvalidInstanceTest {

	private static final List<Participant> PARTICIPANTS = List.of(new Participant("p1", 100), new Participant("p2", 50));

	private static final List<Buddy> BUDDIES = List.of(new Buddy("b1", 1), new Buddy("b2", 2));

	private static final List<Pair> PAIRS = List.of(new Pair("p1", "b1", 10), new Pair("p2", "b1", 20));

	@Test
	void aPairNamingAnUnknownParticipantOrBuddy() {
		assertRefused(withPairs(new Pair("p9", "b1", 1)), "engine.pair.unknownParticipant",
				"The pair p9 and b1 names an unknown participant: p9.");
		assertRefused(withPairs(new Pair("p1", "b9", 1)), "engine.pair.unknownBuddy",
				"The pair p1 and b9 names an unknown buddy: b9.");
	}

	@Test
	void negativeOrTooLargeNumbers() {
		assertRefused(new MatchingInstance(List.of(new Participant("p1", -1)), BUDDIES, List.of()),
				"engine.penalty.outOfRange",
				"The penalty for leaving participant p1 unmatched is -1; it must be from 0 to 1000000000.");
		assertRefused(new MatchingInstance(List.of(new Participant("p1", MatchingInstance.MAX_COST + 1)), BUDDIES,
				List.of()), "engine.penalty.outOfRange",
				"The penalty for leaving participant p1 unmatched is 1000000001; it must be from 0 to 1000000000.");
		assertRefused(new MatchingInstance(PARTICIPANTS, List.of(new Buddy("b1", -2)), List.of()),
				"engine.capacity.negative", "The capacity of buddy b1 is -2; it must not be negative.");
		assertRefused(withPairs(new Pair("p2", "b2", -5)), "engine.cost.outOfRange",
				"The cost of the pair p2 and b2 is -5; it must be from 0 to 1000000000.");
	}

	@Test
	void aDuplicatePairOrId() {
		assertRefused(withPairs(new Pair("p1", "b1", 3)), "engine.pair.duplicate",
				"The pair p1 and b1 appears more than once.");
		assertRefused(new MatchingInstance(List.of(new Participant("p1", 1), new Participant("p1", 2)), BUDDIES,
				List.of()), "engine.participant.duplicate", "Participant p1 appears more than once.");
		assertRefused(new MatchingInstance(PARTICIPANTS, List.of(new Buddy("b1", 1), new Buddy("b1", 1)), List.of()),
				"engine.buddy.duplicate", "Buddy b1 appears more than once.");
	}

	@Test
	void missingListsIdsAndEntries() {
		assertRefused(new MatchingInstance(null, BUDDIES, PAIRS), "engine.field.missing", "participants is missing.");
		assertRefused(new MatchingInstance(PARTICIPANTS, null, PAIRS), "engine.field.missing", "buddies is missing.");
		assertRefused(new MatchingInstance(PARTICIPANTS, BUDDIES, null), "engine.field.missing", "pairs is missing.");
		assertRefused(new MatchingInstance(List.of(new Participant("p1", 1), new Participant(" ", 1)), BUDDIES,
				List.of()), "engine.field.missing", "participants[1].id is missing.");
		assertRefused(new MatchingInstance(PARTICIPANTS, Arrays.asList(new Buddy("b1", 1), null), List.of()),
				"engine.field.missing", "buddies[1].id is missing.");
		assertRefused(withPairs(new Pair("p1", null, 1)), "engine.field.missing", "pairs[2].buddy is missing.");
		assertRefused(withPairs(new Pair(null, "b2", 1)), "engine.field.missing", "pairs[2].participant is missing.");
	}

	@Test
	void theIndexedEntryPointChecksTheSameNumbersAndNamesByNumber() {
		assertThatThrownBy(() -> IndexedInstance.of(new long[] { 5 }, new int[] { 1 }, new int[] { 0, 2 },
				new int[] { 0, 0 }, new long[] { 1, 2 }))
			.isInstanceOf(InvalidInstanceException.class)
			.hasMessage("The pair 0 and 0 appears more than once.");
		assertThatThrownBy(() -> IndexedInstance.of(new long[] { 5 }, new int[] { 1 }, new int[] { 0, 1 },
				new int[] { 3 }, new long[] { 1 }))
			.isInstanceOf(InvalidInstanceException.class)
			.hasMessage("The pair 0 and 3 names an unknown buddy: 3.");
		assertThatThrownBy(() -> IndexedInstance.of(new long[] { 5 }, new int[] { 1 }, new int[] { 0, 2 },
				new int[] { 0 }, new long[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aValidInstanceIsAccepted() {
		assertThat(MatchingEngine.solve(new MatchingInstance(PARTICIPANTS, BUDDIES, PAIRS)).objective())
			.as("p1 takes b1, p2 waits").isEqualTo(10 + 50);
	}

	private static MatchingInstance withPairs(Pair extra) {
		List<Pair> pairs = new ArrayList<>(PAIRS);
		pairs.add(extra);
		return new MatchingInstance(PARTICIPANTS, BUDDIES, pairs);
	}

	private static void assertRefused(MatchingInstance instance, String key, String english) {
		assertThatThrownBy(() -> MatchingEngine.solve(instance))
			.isInstanceOfSatisfying(InvalidInstanceException.class, refused -> {
				assertThat(refused.key()).isEqualTo(key);
				assertThat(refused.getMessage()).isEqualTo(english);
			});
	}
}
