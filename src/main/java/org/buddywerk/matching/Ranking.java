package org.buddywerk.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The best k of many without sorting them all: a bounded heap, O(n log k). */
final class Ranking {

	private Ranking() {
	}

	/** Offered one at a time; keeps the best k seen so far. */
	static final class Best<T> {

		private final Comparator<T> order;

		private final int k;

		private final PriorityQueue<T> worstFirst;

		Best(Comparator<T> order, int k) {
			this.order = order;
			this.k = k;
			this.worstFirst = new PriorityQueue<>(k + 1, order.reversed());
		}

		void offer(T item) {
			if (worstFirst.size() < k) {
				worstFirst.add(item);
			}
			else if (k > 0 && order.compare(item, worstFirst.peek()) < 0) {
				worstFirst.poll();
				worstFirst.add(item);
			}
		}

		List<T> inOrder() {
			List<T> best = new ArrayList<>(worstFirst);
			best.sort(order);
			return best;
		}
	}
}
