package org.buddywerk.matching.engine;

import java.util.List;

/**
 * One batch to match: the participants who wait, with what it costs to leave each of them unmatched; the
 * buddies, with how many participants each can take; and the pairs that may be made, with their cost. Costs
 * and penalties are whole numbers in one unit, from 0 to {@link #MAX_COST}. The records only carry data:
 * {@link MatchingEngine#solve(MatchingInstance)} checks them and names what is wrong.
 */
public record MatchingInstance(List<Participant> participants, List<Buddy> buddies, List<Pair> pairs) {

	/** The highest cost or penalty: low enough that no sum the engine forms can overflow a long. */
	public static final long MAX_COST = 1_000_000_000L;

	/** A participant, and what it costs (in the unit of the pair costs) to leave them unmatched. */
	public record Participant(String id, long unmatchedPenalty) {
	}

	/** A buddy, and how many participants they can take at once. */
	public record Buddy(String id, int capacity) {
	}

	/** A participant and buddy that may be matched, and what that pair costs. */
	public record Pair(String participant, String buddy, long cost) {
	}
}
