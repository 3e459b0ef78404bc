package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;

/**
 * A checked instance in the form the solvers work on: participants and buddies are numbers (0 to n − 1 and
 * 0 to m − 1), and the pairs of participant {@code i} are pairs {@code firstPair(i)} up to
 * {@code firstPair(i + 1)}, side by side in flat arrays. Built from a {@link MatchingInstance}, or directly
 * from arrays by a caller that has numbers already (the benchmark), which saves the maps from ids.
 */
public final class IndexedInstance {

	final long[] penalty;

	final int[] capacity;

	final int[] firstPair;

	final int[] pairBuddy;

	final long[] pairCost;

	private final IntFunction<String> participantId;

	private final IntFunction<String> buddyId;

	private IndexedInstance(long[] penalty, int[] capacity, int[] firstPair, int[] pairBuddy, long[] pairCost,
			IntFunction<String> participantId, IntFunction<String> buddyId) {
		this.penalty = penalty;
		this.capacity = capacity;
		this.firstPair = firstPair;
		this.pairBuddy = pairBuddy;
		this.pairCost = pairCost;
		this.participantId = participantId;
		this.buddyId = buddyId;
		checkNumbers();
		sortPairsByCost();
	}

	/**
	 * From arrays: participant {@code i} has penalty {@code penalties[i]} and the pairs {@code firstPair[i]} to
	 * {@code firstPair[i + 1] - 1}, each a buddy number and a cost. The arrays are used, not copied: each
	 * participant's pairs are sorted by cost in place. Messages name participants and buddies by their numbers.
	 */
	public static IndexedInstance of(long[] penalties, int[] capacities, int[] firstPair, int[] pairBuddy,
			long[] pairCost) {
		if (firstPair.length != penalties.length + 1 || firstPair[0] != 0 || pairBuddy.length != pairCost.length
				|| firstPair[penalties.length] != pairBuddy.length) {
			throw new IllegalArgumentException("firstPair must run from 0 to the number of pairs, one more than participants");
		}
		for (int i = 0; i < penalties.length; i++) {
			if (firstPair[i] > firstPair[i + 1]) {
				throw new IllegalArgumentException("firstPair must not decrease, as at participant " + i);
			}
			for (int e = firstPair[i]; e < firstPair[i + 1]; e++) {
				if (pairBuddy[e] < 0 || pairBuddy[e] >= capacities.length) {
					throw new InvalidInstanceException("engine.pair.unknownBuddy", i, pairBuddy[e]);
				}
			}
		}
		return new IndexedInstance(penalties, capacities, firstPair, pairBuddy, pairCost, String::valueOf,
				String::valueOf);
	}

	/** Checks the instance and numbers it; the first problem found is thrown. */
	public static IndexedInstance of(MatchingInstance instance) {
		require(instance != null, "engine.field.missing", "participants");
		List<Participant> participants = list(instance.participants(), "participants");
		List<Buddy> buddies = list(instance.buddies(), "buddies");
		List<Pair> pairs = list(instance.pairs(), "pairs");

		List<String> participantIds = participants.stream().map(p -> p == null ? null : p.id()).toList();
		Map<String, Integer> participantIndex = index(participantIds, "participants", "engine.participant.duplicate");
		long[] penalties = participants.stream().mapToLong(Participant::unmatchedPenalty).toArray();
		List<String> buddyIds = buddies.stream().map(b -> b == null ? null : b.id()).toList();
		Map<String, Integer> buddyIndex = index(buddyIds, "buddies", "engine.buddy.duplicate");
		int[] capacities = buddies.stream().mapToInt(Buddy::capacity).toArray();

		// numbered pairs, then grouped by participant in their given order (a counting sort)
		int[] participantOf = new int[pairs.size()];
		int[] buddyOf = new int[pairs.size()];
		int[] firstPair = new int[penalties.length + 1];
		for (int k = 0; k < participantOf.length; k++) {
			Pair pair = pairs.get(k);
			String participant = id(pair == null ? null : pair.participant(), "pairs[" + k + "].participant");
			String buddy = id(pair.buddy(), "pairs[" + k + "].buddy");
			Integer i = participantIndex.get(participant);
			require(i != null, "engine.pair.unknownParticipant", participant, buddy);
			Integer b = buddyIndex.get(buddy);
			require(b != null, "engine.pair.unknownBuddy", participant, buddy);
			participantOf[k] = i;
			buddyOf[k] = b;
			firstPair[i + 1]++;
		}
		for (int i = 0; i < penalties.length; i++) {
			firstPair[i + 1] += firstPair[i];
		}
		int[] next = Arrays.copyOf(firstPair, penalties.length);
		int[] pairBuddy = new int[pairs.size()];
		long[] pairCost = new long[pairs.size()];
		for (int k = 0; k < participantOf.length; k++) {
			int e = next[participantOf[k]]++;
			pairBuddy[e] = buddyOf[k];
			pairCost[e] = pairs.get(k).cost();
		}
		return new IndexedInstance(penalties, capacities, firstPair, pairBuddy, pairCost, participantIds::get,
				buddyIds::get);
	}

	public int participants() {
		return penalty.length;
	}

	public int buddies() {
		return capacity.length;
	}

	public int pairs() {
		return pairBuddy.length;
	}

	/** The result with ids: pairs and unmatched participants in the order of the participants. */
	public MatchingResult result(IndexedAssignment assignment) {
		List<Pair> chosen = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		for (int i = 0; i < penalty.length; i++) {
			int e = assignment.pairOf(i);
			if (e == IndexedAssignment.UNMATCHED) {
				unmatched.add(participantId.apply(i));
			}
			else {
				chosen.add(new Pair(participantId.apply(i), buddyId.apply(pairBuddy[e]), pairCost[e]));
			}
		}
		return new MatchingResult(assignment.objective(), List.copyOf(chosen), List.copyOf(unmatched));
	}

	/** The objective of an assignment given as the chosen pair of each participant, or UNMATCHED. */
	long objective(int[] pairOf) {
		long sum = 0;
		for (int i = 0; i < pairOf.length; i++) {
			sum += pairOf[i] == IndexedAssignment.UNMATCHED ? penalty[i] : pairCost[pairOf[i]];
		}
		return sum;
	}

	private void checkNumbers() {
		for (int i = 0; i < penalty.length; i++) {
			require(penalty[i] >= 0 && penalty[i] <= MatchingInstance.MAX_COST, "engine.penalty.outOfRange",
					participantId.apply(i), penalty[i], MatchingInstance.MAX_COST);
		}
		for (int b = 0; b < capacity.length; b++) {
			require(capacity[b] >= 0, "engine.capacity.negative", buddyId.apply(b), capacity[b]);
		}
		// seenBy[b] == i: participant i already has a pair with buddy b
		int[] seenBy = new int[capacity.length];
		Arrays.fill(seenBy, -1);
		for (int i = 0; i < penalty.length; i++) {
			for (int e = firstPair[i]; e < firstPair[i + 1]; e++) {
				int b = pairBuddy[e];
				require(pairCost[e] >= 0 && pairCost[e] <= MatchingInstance.MAX_COST, "engine.cost.outOfRange",
						participantId.apply(i), buddyId.apply(b), pairCost[e], MatchingInstance.MAX_COST);
				require(seenBy[b] != i, "engine.pair.duplicate", participantId.apply(i), buddyId.apply(b));
				seenBy[b] = i;
			}
		}
	}

	/** Each id's position in the list; a missing or repeated id is refused. */
	private static Map<String, Integer> index(List<String> ids, String field, String duplicateKey) {
		Map<String, Integer> index = new HashMap<>(ids.size() * 2);
		for (int k = 0; k < ids.size(); k++) {
			String id = id(ids.get(k), field + "[" + k + "].id");
			require(index.putIfAbsent(id, k) == null, duplicateKey, id);
		}
		return index;
	}

	/** Each participant's pairs cheapest first, which lets the solver stop scanning them early. */
	private void sortPairsByCost() {
		long[] packed = new long[0];
		for (int i = 0; i < penalty.length; i++) {
			int from = firstPair[i];
			int to = firstPair[i + 1];
			boolean sorted = true;
			for (int e = from + 1; e < to && sorted; e++) {
				sorted = pairCost[e - 1] <= pairCost[e];
			}
			if (sorted) {
				continue;
			}
			// cost and buddy in one long (a cost fits in 31 bits), so that one primitive sort orders them
			if (packed.length < to - from) {
				packed = new long[to - from];
			}
			for (int e = from; e < to; e++) {
				packed[e - from] = pairCost[e] << 32 | pairBuddy[e];
			}
			Arrays.sort(packed, 0, to - from);
			for (int e = from; e < to; e++) {
				pairCost[e] = packed[e - from] >>> 32;
				pairBuddy[e] = (int) packed[e - from];
			}
		}
	}

	private static <T> List<T> list(List<T> list, String field) {
		require(list != null, "engine.field.missing", field);
		return list;
	}

	private static String id(String id, String field) {
		require(id != null && !id.isBlank(), "engine.field.missing", field);
		return id;
	}

	private static void require(boolean condition, String key, Object... arguments) {
		if (!condition) {
			throw new InvalidInstanceException(key, arguments);
		}
	}
}
