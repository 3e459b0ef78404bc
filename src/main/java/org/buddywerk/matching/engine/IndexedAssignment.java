package org.buddywerk.matching.engine;

/** An assignment on an {@link IndexedInstance}: the chosen pair of each participant, and the objective. */
public final class IndexedAssignment {

	/** What {@link #pairOf(int)} answers for a participant left unmatched. */
	public static final int UNMATCHED = -1;

	private final int[] pairOf;

	private final long objective;

	IndexedAssignment(int[] pairOf, long objective) {
		this.pairOf = pairOf;
		this.objective = objective;
	}

	/** The index of the participant's chosen pair in the instance, or {@link #UNMATCHED}. */
	public int pairOf(int participant) {
		return pairOf[participant];
	}

	public long objective() {
		return objective;
	}
}
