package org.buddywerk.matching.engine;

/**
 * The globally optimal batch assignment of participants to buddies: each participant gets at most one buddy,
 * each buddy at most their capacity, and the sum of the chosen pairs' costs plus the penalties of those left
 * unmatched is as low as it can be. Exactly, not nearly: a coordinator must be able to trust that no better
 * assignment exists.
 * <p>
 * We solve it ourselves rather than with a general min-cost-flow library or an OR solver. The problem is a
 * transportation problem with unit supplies, and successive shortest paths that stop at the sink and move
 * only the potentials they settle find the exact optimum a hundred times and more faster than a general
 * min-cost-flow code (the benchmark {@code MatchingBenchmark} compares with JGraphT), in plain Java: no native
 * library to ship for each platform, nothing to configure, and every step ours to test.
 */
public final class MatchingEngine {

	private MatchingEngine() {
	}

	/** Checks the instance and solves it; an invalid instance throws {@link InvalidInstanceException}. */
	public static MatchingResult solve(MatchingInstance instance) {
		return solve(instance, ProgressListener.NONE);
	}

	public static MatchingResult solve(MatchingInstance instance, ProgressListener progress) {
		IndexedInstance indexed = IndexedInstance.of(instance);
		return indexed.result(solve(indexed, progress));
	}

	/** The fast entry point, on numbers instead of ids. */
	public static IndexedAssignment solve(IndexedInstance instance, ProgressListener progress) {
		return new SuccessiveShortestPaths(instance).solve(progress);
	}
}
