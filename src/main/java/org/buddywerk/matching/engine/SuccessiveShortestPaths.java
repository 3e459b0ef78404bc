package org.buddywerk.matching.engine;

import java.util.Arrays;

/**
 * The exact solver: successive shortest paths on the network participant → buddy → sink, with an edge
 * participant → sink that costs the participant's penalty (unmatched). Participants come in one at a time;
 * each time the assignment so far is optimal for the participants placed, so the cheapest way to place one
 * more is a shortest path from it to the sink in the residual graph. Along that path every participant takes
 * the next node as its new place: a buddy, or the sink (unmatched).
 * <p>
 * Residual edges from the current assignment: participant → buddy of any other pair (its cost), buddy → a
 * participant assigned to it (minus that pair's cost), buddy → sink while the buddy has room (0), and
 * participant → sink while the participant is not unmatched (its penalty). Dijkstra runs on reduced costs
 * {@code c(x, y) + π(x) − π(y)}, which node potentials π keep non-negative, and stops when it settles the
 * sink at distance D. Only the settled nodes move: {@code π(x) += d(x) − D}. That is {@code π + min(d, D)}
 * shifted by the constant D, so every reduced cost stays non-negative without touching the rest of the graph.
 * π of the sink stays 0 and no potential ever rises, so a new participant starts at π = 0 and all its edges
 * are non-negative.
 * <p>
 * Two things keep each search small where towns run out of buddies and paths get long: reaching a buddy with
 * room also reaches the sink, so an upper bound on D is known early, and a node is not queued at or beyond that
 * bound; and since a participant's pairs are sorted by cost, its scan stops at the first pair whose cost alone
 * reaches the bound.
 */
final class SuccessiveShortestPaths {

	private static final int UNMATCHED = IndexedAssignment.UNMATCHED;

	/** A participant not placed yet; like an assigned one, it may still go to the sink. */
	private static final int NOT_PLACED = -2;

	private static final int NONE = -1;

	private static final int PROGRESS_EVERY = 1024;

	private final IndexedInstance instance;

	private final int participants;

	/** Node numbers: participants 0 … n − 1, buddy b is n + b, the sink n + m. */
	private final int sink;

	private final long[] potential;

	private final int[] buddyOf;

	private final int[] pairOf;

	/** Cost of each participant's current pair, near at hand for the edge back from its buddy. */
	private final long[] matchCost;

	private final int[] load;

	/** The participants assigned to a buddy, as a doubly linked list per buddy. */
	private final int[] firstAssigned;

	private final int[] nextAssigned;

	private final int[] previousAssigned;

	// one search; reached and settled hold the number of the search that last set them, so nothing is cleared
	private final long[] distance;

	private final int[] reached;

	private final int[] settled;

	private final int[] predecessor;

	/** For a buddy node: the pair over which the search reached it. */
	private final int[] predecessorPair;

	private final int[] settledNodes;

	private int settledCount;

	private int search;

	private final MinHeap heap = new MinHeap();

	SuccessiveShortestPaths(IndexedInstance instance) {
		this.instance = instance;
		participants = instance.participants();
		int buddies = instance.buddies();
		sink = participants + buddies;
		int nodes = sink + 1;
		potential = new long[nodes];
		buddyOf = new int[participants];
		Arrays.fill(buddyOf, NOT_PLACED);
		pairOf = new int[participants];
		matchCost = new long[participants];
		load = new int[buddies];
		firstAssigned = new int[buddies];
		Arrays.fill(firstAssigned, NONE);
		nextAssigned = new int[participants];
		previousAssigned = new int[participants];
		distance = new long[nodes];
		reached = new int[nodes];
		settled = new int[nodes];
		predecessor = new int[nodes];
		predecessorPair = new int[buddies];
		settledNodes = new int[nodes];
	}

	IndexedAssignment solve(ProgressListener progress) {
		for (int s = 0; s < participants; s++) {
			place(s);
			if ((s + 1) % PROGRESS_EVERY == 0) {
				progress.progress(s + 1, participants);
			}
		}
		progress.progress(participants, participants);
		for (int i = 0; i < participants; i++) {
			if (buddyOf[i] == UNMATCHED) {
				pairOf[i] = UNMATCHED;
			}
		}
		return new IndexedAssignment(pairOf, instance.objective(pairOf));
	}

	private void place(int source) {
		search++;
		heap.clear();
		settledCount = 0;
		reach(source, 0, NONE);
		long sinkDistance;
		while (true) {
			long d = heap.minKey();
			int x = heap.minNode();
			heap.pop();
			if (settled[x] == search) {
				continue;
			}
			settled[x] = search;
			if (x == sink) {
				sinkDistance = d;
				break;
			}
			settledNodes[settledCount++] = x;
			if (x < participants) {
				expandParticipant(x, d);
			}
			else {
				expandBuddy(x - participants, d);
			}
		}
		for (int k = 0; k < settledCount; k++) {
			int x = settledNodes[k];
			potential[x] += distance[x] - sinkDistance;
		}
		augment(source);
	}

	/**
	 * A participant's pairs come cheapest first and no potential is positive, so once a pair's cost alone
	 * reaches the best distance to the sink found so far, neither it nor any later pair can lead to a shorter
	 * path.
	 */
	private void expandParticipant(int i, long d) {
		long base = d + potential[i];
		int current = buddyOf[i];
		int[] pairBuddy = instance.pairBuddy;
		long[] pairCost = instance.pairCost;
		for (int e = instance.firstPair[i], end = instance.firstPair[i + 1]; e < end; e++) {
			long lowest = base + pairCost[e];
			if (lowest >= sinkBound()) {
				break;
			}
			int b = pairBuddy[e];
			int node = participants + b;
			if (b == current || settled[node] == search) {
				continue;
			}
			long candidate = lowest - potential[node];
			if (candidate < sinkBound() && (reached[node] != search || candidate < distance[node])) {
				predecessorPair[b] = e;
				reach(node, candidate, i);
				// a buddy with room leads straight on to the sink: that bound, known early, keeps the search small
				if (load[b] < instance.capacity[b]) {
					relax(sink, candidate + potential[node], node);
				}
			}
		}
		if (current != UNMATCHED) {
			relax(sink, base + instance.penalty[i], i);
		}
	}

	private void expandBuddy(int b, long d) {
		int node = participants + b;
		long base = d + potential[node];
		for (int i = firstAssigned[b]; i != NONE; i = nextAssigned[i]) {
			if (settled[i] != search) {
				relax(i, base - matchCost[i] - potential[i], node);
			}
		}
		if (load[b] < instance.capacity[b]) {
			relax(sink, base, node);
		}
	}

	/** The shortest distance to the sink found so far in this search: nothing at or beyond it needs a look. */
	private long sinkBound() {
		return reached[sink] == search ? distance[sink] : Long.MAX_VALUE;
	}

	private void relax(int node, long candidate, int from) {
		if (candidate < sinkBound() && (reached[node] != search || candidate < distance[node])) {
			reach(node, candidate, from);
		}
	}

	private void reach(int node, long d, int from) {
		reached[node] = search;
		distance[node] = d;
		predecessor[node] = from;
		heap.push(d, node);
	}

	/** Walks the path back from the sink; each participant on it takes the node after it. */
	private void augment(int source) {
		int last = predecessor[sink];
		if (last >= participants) {
			load[last - participants]++;
		}
		int next = sink;
		int x = last;
		while (true) {
			if (x < participants) {
				take(x, next);
				if (x == source) {
					return;
				}
			}
			next = x;
			x = predecessor[x];
		}
	}

	private void take(int i, int node) {
		if (buddyOf[i] >= 0) {
			unlink(i, buddyOf[i]);
		}
		if (node == sink) {
			buddyOf[i] = UNMATCHED;
			return;
		}
		int b = node - participants;
		int e = predecessorPair[b];
		buddyOf[i] = b;
		pairOf[i] = e;
		matchCost[i] = instance.pairCost[e];
		link(i, b);
	}

	private void link(int i, int b) {
		int first = firstAssigned[b];
		nextAssigned[i] = first;
		previousAssigned[i] = NONE;
		if (first != NONE) {
			previousAssigned[first] = i;
		}
		firstAssigned[b] = i;
	}

	private void unlink(int i, int b) {
		int previous = previousAssigned[i];
		int next = nextAssigned[i];
		if (previous == NONE) {
			firstAssigned[b] = next;
		}
		else {
			nextAssigned[previous] = next;
		}
		if (next != NONE) {
			previousAssigned[next] = previous;
		}
	}
}
