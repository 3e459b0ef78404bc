package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the engine solves a region's batch: N participants, N buddies of capacity 1 or 2, each participant
 * with its 50 cheapest eligible buddies ({@link RegionInstances}, fixed seed), for N = 1,000, 10,000 and
 * 100,000, and once more for 100,000 with crowded towns (the hard case: long chains of re-pairing). It prints
 * the median solve time after a warm-up, the objective, the greedy baseline's objective and how much worse
 * that is; the time with ids (after one warm-up) includes checking the instance and mapping ids both ways, and
 * JGraphT's capacity-scaling min-cost flow on the same network is timed once for comparison (up to 10,000). It
 * measures and never fails on time; it checks that greedy is never better. Not part of {@code ./mvnw verify};
 * run it with {@code ./mvnw -o test -Dtest=MatchingBenchmark -DexcludedGroups=none -DargLine=-Xmx4g}. The
 * table is in {@code target/surefire-reports/org.buddywerk.matching.engine.MatchingBenchmark-output.txt}.
 */
@Tag("benchmark")
class MatchingBenchmark {

	static final int PAIRS = 50;

	static final long SEED = 20_260_501L;

	/** One line of the table. */
	record Row(String towns, int n, int pairs, double solveMs, double withIdsMs, double jgraphtMs, long objective,
			int unmatched, long greedy) {

		double gapPercent() {
			return 100.0 * (greedy - objective) / objective;
		}
	}

	@Test
	void regionsOfAThousandTenThousandAndAHundredThousandParticipants() {
		List<Row> rows = new ArrayList<>();
		rows.add(measure(1_000, RegionInstances.Towns.BALANCED, 20, 21));
		rows.add(measure(10_000, RegionInstances.Towns.BALANCED, 5, 7));
		rows.add(measure(100_000, RegionInstances.Towns.BALANCED, 1, 3));
		// warm by now; one run, as it takes long
		rows.add(measure(100_000, RegionInstances.Towns.CROWDED, 0, 1));
		print(rows);
	}

	private static Row measure(int n, RegionInstances.Towns towns, int warmUps, int runs) {
		RegionInstances.Region region = RegionInstances.generate(n, PAIRS, SEED + n, towns);
		IndexedInstance indexed = region.indexed();
		for (int k = 0; k < warmUps; k++) {
			MatchingEngine.solve(indexed, ProgressListener.NONE);
		}
		double[] times = new double[runs];
		IndexedAssignment optimum = null;
		for (int k = 0; k < runs; k++) {
			long started = System.nanoTime();
			optimum = MatchingEngine.solve(indexed, ProgressListener.NONE);
			times[k] = (System.nanoTime() - started) / 1e6;
		}
		MatchingInstance records = region.records();
		double withIdsMs = Double.NaN;
		for (int k = 0; k <= Math.min(1, warmUps); k++) {
			long started = System.nanoTime();
			assertThat(MatchingEngine.solve(records).objective()).isEqualTo(optimum.objective());
			withIdsMs = (System.nanoTime() - started) / 1e6;
		}
		long greedy = GreedyBaseline.solve(indexed).objective();
		// a general min-cost-flow library on the same network, for the sizes where it finishes in reasonable time
		double jgraphtMs = Double.NaN;
		if (n <= 10_000) {
			long started = System.nanoTime();
			assertThat(ReferenceFlow.optimum(indexed)).isEqualTo(optimum.objective());
			jgraphtMs = (System.nanoTime() - started) / 1e6;
		}
		int unmatched = 0;
		for (int i = 0; i < indexed.participants(); i++) {
			unmatched += optimum.pairOf(i) == IndexedAssignment.UNMATCHED ? 1 : 0;
		}

		assertThat(greedy).isGreaterThanOrEqualTo(optimum.objective());
		return new Row(towns == RegionInstances.Towns.BALANCED ? "balanced" : "crowded", n, indexed.pairs(),
				median(times), withIdsMs, jgraphtMs, optimum.objective(), unmatched, greedy);
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void print(List<Row> rows) {
		System.out.printf(Locale.ROOT, "%nMatching engine, %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf(Locale.ROOT, "| %8s | %9s | %9s | %9s | %12s | %11s | %14s | %9s | %14s | %6s |%n", "towns",
				"N", "pairs", "solve ms", "with ids ms", "JGraphT ms", "objective", "unmatched", "greedy", "gap %");
		for (Row row : rows) {
			String jgrapht = Double.isNaN(row.jgraphtMs()) ? "-" : String.format(Locale.ROOT, "%.1f", row.jgraphtMs());
			System.out.printf(Locale.ROOT,
					"| %8s | %,9d | %,9d | %9.1f | %12.1f | %11s | %,14d | %,9d | %,14d | %6.2f |%n", row.towns(), row.n(),
					row.pairs(), row.solveMs(), row.withIdsMs(), jgrapht, row.objective(), row.unmatched(), row.greedy(),
					row.gapPercent());
		}
	}
}
