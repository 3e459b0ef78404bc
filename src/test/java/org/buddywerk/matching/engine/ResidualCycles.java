package org.buddywerk.matching.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An optimality certificate that owes nothing to the engine: an assignment is optimal exactly when the
 * residual graph of its flow has no cycle of negative cost (Bellman–Ford, queue-based, from all nodes at once).
 */
final class ResidualCycles {

	private ResidualCycles() {
	}

	/** Whether some exchange along a cycle (re-pairing, unmatching, matching) would lower the objective. */
	static boolean canBeImproved(IndexedInstance instance, IndexedAssignment assignment) {
		int participants = instance.participants();
		int sink = participants + instance.buddies();
		int nodes = sink + 1;
		List<List<long[]>> edges = new ArrayList<>();
		for (int node = 0; node < nodes; node++) {
			edges.add(new ArrayList<>());
		}
		int[] load = new int[instance.buddies()];
		for (int i = 0; i < participants; i++) {
			int chosen = assignment.pairOf(i);
			for (int e = instance.firstPair[i]; e < instance.firstPair[i + 1]; e++) {
				int buddy = participants + instance.pairBuddy[e];
				if (e == chosen) {
					edges.get(buddy).add(new long[] { i, -instance.pairCost[e] });
					load[instance.pairBuddy[e]]++;
				}
				else {
					edges.get(i).add(new long[] { buddy, instance.pairCost[e] });
				}
			}
			if (chosen == IndexedAssignment.UNMATCHED) {
				edges.get(sink).add(new long[] { i, -instance.penalty[i] });
			}
			else {
				edges.get(i).add(new long[] { sink, instance.penalty[i] });
			}
		}
		for (int b = 0; b < instance.buddies(); b++) {
			if (load[b] < instance.capacity[b]) {
				edges.get(participants + b).add(new long[] { sink, 0 });
			}
			if (load[b] > 0) {
				edges.get(sink).add(new long[] { participants + b, 0 });
			}
		}
		return hasNegativeCycle(edges);
	}

	private static boolean hasNegativeCycle(List<List<long[]>> edges) {
		int nodes = edges.size();
		long[] distance = new long[nodes];
		int[] hops = new int[nodes];
		boolean[] queued = new boolean[nodes];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int node = 0; node < nodes; node++) {
			queue.add(node);
			queued[node] = true;
		}
		Arrays.fill(distance, 0);
		while (!queue.isEmpty()) {
			int from = queue.poll();
			queued[from] = false;
			for (long[] edge : edges.get(from)) {
				int to = (int) edge[0];
				if (distance[from] + edge[1] < distance[to]) {
					distance[to] = distance[from] + edge[1];
					hops[to] = hops[from] + 1;
					if (hops[to] >= nodes) {
						return true;
					}
					if (!queued[to]) {
						queue.add(to);
						queued[to] = true;
					}
				}
			}
		}
		return false;
	}
}
