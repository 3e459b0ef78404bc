package org.buddywerk.matching.engine;

import java.util.Arrays;

/**
 * A binary min-heap of (long key, int node) on two primitive arrays, without decrease-key: a node whose
 * distance improves is pushed again and its stale entries are skipped when popped, which is cheaper than
 * keeping a position per node.
 */
final class MinHeap {

	private long[] keys = new long[256];

	private int[] nodes = new int[256];

	private int size;

	void clear() {
		size = 0;
	}

	boolean isEmpty() {
		return size == 0;
	}

	long minKey() {
		return keys[0];
	}

	int minNode() {
		return nodes[0];
	}

	void push(long key, int node) {
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
			nodes = Arrays.copyOf(nodes, size * 2);
		}
		int hole = size++;
		while (hole > 0) {
			int parent = (hole - 1) >>> 1;
			if (keys[parent] <= key) {
				break;
			}
			keys[hole] = keys[parent];
			nodes[hole] = nodes[parent];
			hole = parent;
		}
		keys[hole] = key;
		nodes[hole] = node;
	}

	/** Removes the minimum; read it first with {@link #minKey()} and {@link #minNode()}. */
	void pop() {
		size--;
		if (size == 0) {
			return;
		}
		long key = keys[size];
		int node = nodes[size];
		int hole = 0;
		int child;
		while ((child = 2 * hole + 1) < size) {
			if (child + 1 < size && keys[child + 1] < keys[child]) {
				child++;
			}
			if (keys[child] >= key) {
				break;
			}
			keys[hole] = keys[child];
			nodes[hole] = nodes[child];
			hole = child;
		}
		keys[hole] = key;
		nodes[hole] = node;
	}
}
