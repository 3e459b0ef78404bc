package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;

/**
 * Instances that look like a region's real batch. Participants and buddies live on a 100 × 100 km plane,
 * many of them in a dozen towns, participants more so than buddies ({@link Towns}). A pair's
 * cost is its distance (100 per km) plus a random preference mismatch of up to 1,500; a pair is eligible
 * (language, free time) two times in three. Each participant keeps its cheapest eligible pairs among the
 * nearest buddies. The penalty for leaving someone unmatched grows with the days they have waited: 3,000 plus
 * 40 a day, for up to 450 days. Buddies take one or two participants.
 */
final class RegionInstances {

	static final double SIDE_KM = 100;

	private static final int TOWNS = 12;

	private static final double TOWN_RADIUS_KM = 4;

	/** Enough nearest buddies to find the cheapest eligible pairs among, when noise reorders them. */
	private static final int CANDIDATES_PER_PAIR = 3;

	/** The share of participants and of buddies who live in towns; the rest live anywhere. */
	record Towns(double participants, double buddies) {

		/** Towns have more participants than buddies, but enough capacity for them. */
		static final Towns BALANCED = new Towns(0.6, 0.5);

		/** Towns need more buddies than they have: many participants must be matched outside their town. */
		static final Towns CROWDED = new Towns(0.7, 0.4);
	}

	/** An instance as arrays: participant i has pairs firstPair[i] to firstPair[i + 1] − 1. */
	record Region(long[] penalties, int[] capacities, int[] firstPair, int[] pairBuddy, long[] pairCost) {

		IndexedInstance indexed() {
			return IndexedInstance.of(penalties, capacities, firstPair, pairBuddy, pairCost);
		}

		MatchingInstance records() {
			List<Participant> participants = new ArrayList<>(penalties.length);
			List<Pair> pairs = new ArrayList<>(pairBuddy.length);
			for (int i = 0; i < penalties.length; i++) {
				participants.add(new Participant("p" + i, penalties[i]));
				for (int e = firstPair[i]; e < firstPair[i + 1]; e++) {
					pairs.add(new Pair("p" + i, "b" + pairBuddy[e], pairCost[e]));
				}
			}
			List<Buddy> buddies = new ArrayList<>(capacities.length);
			for (int b = 0; b < capacities.length; b++) {
				buddies.add(new Buddy("b" + b, capacities[b]));
			}
			return new MatchingInstance(participants, buddies, pairs);
		}
	}

	private RegionInstances() {
	}

	/** {@code people} participants and as many buddies, each participant with up to {@code pairs} pairs. */
	static Region generate(int people, int pairs, long seed) {
		return generate(people, pairs, seed, Towns.BALANCED);
	}

	static Region generate(int people, int pairs, long seed, Towns towns) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] centres = new double[TOWNS][];
		for (int t = 0; t < TOWNS; t++) {
			centres[t] = new double[] { 10 + random.nextDouble(SIDE_KM - 20), 10 + random.nextDouble(SIDE_KM - 20) };
		}
		double[][] participantsAt = places(people, towns.participants(), centres, random);
		double[][] buddiesAt = places(people, towns.buddies(), centres, random);
		Grid grid = new Grid(buddiesAt);

		long[] penalties = new long[people];
		int[] capacities = new int[people];
		int[] firstPair = new int[people + 1];
		int[] pairBuddy = new int[people * pairs];
		long[] pairCost = new long[people * pairs];
		int count = 0;
		for (int b = 0; b < people; b++) {
			capacities[b] = 1 + random.nextInt(2);
		}
		for (int i = 0; i < people; i++) {
			penalties[i] = 3_000 + 40L * random.nextInt(451);
			int[] near = grid.nearby(participantsAt[i], pairs * CANDIDATES_PER_PAIR);
			// cost << 32 | buddy, so that one sort orders the candidates by cost
			long[] eligible = new long[near.length];
			int eligibleCount = 0;
			for (int b : near) {
				if (random.nextInt(3) > 0) {
					double km = Math.hypot(participantsAt[i][0] - buddiesAt[b][0], participantsAt[i][1] - buddiesAt[b][1]);
					long cost = Math.round(km * 100) + random.nextInt(1_501);
					eligible[eligibleCount++] = cost << 32 | b;
				}
			}
			Arrays.sort(eligible, 0, eligibleCount);
			for (int k = 0; k < Math.min(pairs, eligibleCount); k++) {
				pairBuddy[count] = (int) eligible[k];
				pairCost[count] = eligible[k] >>> 32;
				count++;
			}
			firstPair[i + 1] = count;
		}
		return new Region(penalties, capacities, firstPair, Arrays.copyOf(pairBuddy, count), Arrays.copyOf(pairCost, count));
	}

	/** {@code n} places, a share of them in towns and the rest anywhere. */
	private static double[][] places(int n, double inTowns, double[][] towns, SplittableRandom random) {
		double[][] places = new double[n][];
		for (int k = 0; k < n; k++) {
			if (random.nextDouble() < inTowns) {
				double[] town = towns[random.nextInt(TOWNS)];
				double angle = random.nextDouble(2 * Math.PI);
				double distance = TOWN_RADIUS_KM * Math.sqrt(random.nextDouble());
				places[k] = new double[] { clamp(town[0] + distance * Math.cos(angle)), clamp(town[1] + distance * Math.sin(angle)) };
			}
			else {
				places[k] = new double[] { random.nextDouble(SIDE_KM), random.nextDouble(SIDE_KM) };
			}
		}
		return places;
	}

	private static double clamp(double km) {
		return Math.max(0, Math.min(SIDE_KM - 1e-9, km));
	}

	/** Buddies by square cell, to find those near a place without measuring the distance to all of them. */
	private static final class Grid {

		private final int cells;

		private final double cellKm;

		private final int[] first;

		private final int[] buddies;

		Grid(double[][] places) {
			cells = Math.max(1, (int) Math.sqrt(places.length / 4.0));
			cellKm = SIDE_KM / cells;
			first = new int[cells * cells + 1];
			for (double[] place : places) {
				first[cell(place) + 1]++;
			}
			for (int c = 0; c < cells * cells; c++) {
				first[c + 1] += first[c];
			}
			int[] next = Arrays.copyOf(first, cells * cells);
			buddies = new int[places.length];
			for (int b = 0; b < places.length; b++) {
				buddies[next[cell(places[b])]++] = b;
			}
		}

		/** At least {@code wanted} buddies (or all), ring by ring around the place's cell, plus one more ring. */
		int[] nearby(double[] place, int wanted) {
			int cx = (int) (place[0] / cellKm);
			int cy = (int) (place[1] / cellKm);
			int[] found = new int[Math.min(buddies.length, wanted * 4)];
			int count = 0;
			int enoughAt = -1;
			for (int ring = 0; ring < cells && (enoughAt < 0 || ring <= enoughAt + 1); ring++) {
				for (int x = cx - ring; x <= cx + ring; x++) {
					for (int y = cy - ring; y <= cy + ring; y++) {
						boolean onRing = Math.abs(x - cx) == ring || Math.abs(y - cy) == ring;
						if (onRing && x >= 0 && y >= 0 && x < cells && y < cells) {
							int c = x * cells + y;
							for (int k = first[c]; k < first[c + 1]; k++) {
								if (count == found.length) {
									found = Arrays.copyOf(found, count * 2);
								}
								found[count++] = buddies[k];
							}
						}
					}
				}
				if (enoughAt < 0 && count >= wanted) {
					enoughAt = ring;
				}
			}
			return Arrays.copyOf(found, count);
		}

		private int cell(double[] place) {
			return (int) (place[0] / cellKm) * cells + (int) (place[1] / cellKm);
		}
	}
}
