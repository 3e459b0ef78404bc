package org.buddywerk.matching.engine;

import java.util.Arrays;

/**
 * What matching by hand tends to do, for comparison only: the cheapest pairs first, each taken while both
 * sides are free and it costs less than leaving the participant unmatched. Never better than the engine, and
 * the benchmark shows by how much it is worse.
 */
public final class GreedyBaseline {

	private GreedyBaseline() {
	}

	public static IndexedAssignment solve(IndexedInstance instance) {
		int pairs = instance.pairs();
		// cost and pair index in one long (a cost fits in 31 bits), so that one primitive sort orders the pairs
		long[] order = new long[pairs];
		int[] participantOf = new int[pairs];
		for (int i = 0; i < instance.participants(); i++) {
			for (int e = instance.firstPair[i]; e < instance.firstPair[i + 1]; e++) {
				order[e] = instance.pairCost[e] << 32 | e;
				participantOf[e] = i;
			}
		}
		Arrays.sort(order);
		int[] pairOf = new int[instance.participants()];
		Arrays.fill(pairOf, IndexedAssignment.UNMATCHED);
		int[] load = new int[instance.buddies()];
		for (long entry : order) {
			int e = (int) entry;
			int i = participantOf[e];
			int b = instance.pairBuddy[e];
			if (pairOf[i] == IndexedAssignment.UNMATCHED && load[b] < instance.capacity[b]
					&& instance.pairCost[e] < instance.penalty[i]) {
				pairOf[i] = e;
				load[b]++;
			}
		}
		return new IndexedAssignment(pairOf, instance.objective(pairOf));
	}
}
