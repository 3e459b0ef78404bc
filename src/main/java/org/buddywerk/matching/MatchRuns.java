package org.buddywerk.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.buddywerk.matching.MatchingContext.PairKey;
import org.buddywerk.matching.engine.MatchingEngine;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.matching.engine.MatchingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs "propose pairs" for a programme in the background: reads the programme, solves it exactly, stores the
 * proposal for review. The run's row carries its progress, so any instance can show it.
 */
@Service
class MatchRuns {

	private static final Logger log = LoggerFactory.getLogger(MatchRuns.class);

	private final MatchRunRepository runs;

	private final MatchingData data;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TaskExecutor executor;

	private final TransactionTemplate transaction;

	private final JdbcTemplate batches;

	MatchRuns(MatchRunRepository runs, MatchingData data, JdbcClient jdbc, Clock clock,
			@Qualifier(MatchingConfiguration.RUN_EXECUTOR) TaskExecutor executor, TransactionTemplate transaction,
			JdbcTemplate batches) {
		this.transaction = transaction;
		this.batches = batches;
		this.runs = runs;
		this.data = data;
		this.jdbc = jdbc;
		this.clock = clock;
		this.executor = executor;
	}

	/** Stores the run (committed, so the background thread sees it) and starts it. */
	long start(long programmeId, long actor) {
		long runId = runs.save(new MatchRun(programmeId, actor, clock.instant())).getId();
		try {
			executor.execute(() -> execute(runId, programmeId));
		}
		catch (TaskRejectedException busy) {
			failed(runId);
		}
		return runId;
	}

	/** A run that never finishes (the instance stopped while solving) is shown as failed after this long. */
	static final java.time.Duration LONGEST_RUN = java.time.Duration.ofHours(1);

	void failed(long runId) {
		jdbc.sql("update match_run set status = 'FAILED', finished_at = ? where id = ? and status = 'RUNNING'")
			.params(Timestamp.from(clock.instant()), runId)
			.update();
	}

	void execute(long runId, long programmeId) {
		try {
			Batch batch = Batch.of(data.of(programmeId));
			AtomicInteger shown = new AtomicInteger();
			MatchingResult result = MatchingEngine.solve(batch.instance(), (done, total) -> {
				int percent = total == 0 ? 100 : (int) (100L * done / total);
				// a few writes per run, not one per participant
				if (percent >= shown.get() + 5) {
					shown.set(percent);
					jdbc.sql("update match_run set progress = ? where id = ?").params(percent, runId).update();
				}
			});
			transaction.executeWithoutResult(status -> store(runId, batch, result));
		}
		catch (RuntimeException failure) {
			log.warn("Match run {} failed", runId, failure);
			failed(runId);
		}
	}

	private void store(long runId, Batch batch, MatchingResult result) {
		double distanceSum = 0;
		int withDistance = 0;
		long objective = result.objective();
		List<Object[]> pairRows = new ArrayList<>();
		for (Batch.Fixed fixed : batch.locked()) {
			pairRows.add(new Object[] { runId, fixed.participantId(), fixed.enrolmentId(), fixed.cost(), true });
			objective += fixed.cost();
			Double km = batch.distances().get(new PairKey(fixed.participantId(), fixed.enrolmentId()));
			if (km != null) {
				distanceSum += km;
				withDistance++;
			}
		}
		for (MatchingInstance.Pair pair : result.pairs()) {
			long participantId = Batch.idOf(pair.participant());
			long enrolmentId = Batch.idOf(pair.buddy());
			pairRows.add(new Object[] { runId, participantId, enrolmentId, pair.cost(), false });
			Double km = batch.distances().get(new PairKey(participantId, enrolmentId));
			if (km != null) {
				distanceSum += km;
				withDistance++;
			}
		}
		// a big programme has thousands of rows: one batch per table, not a statement each
		batches.batchUpdate("insert into match_run_pair (run_id, participant_id, enrolment_id, cost, locked) values (?, ?, ?, ?, ?)",
				pairRows);
		Integer longestWaiter = null;
		List<Object[]> waitingRows = new ArrayList<>();
		for (String key : result.unmatched()) {
			long participantId = Batch.idOf(key);
			long days = batch.waitingDays().getOrDefault(participantId, 0L);
			waitingRows.add(new Object[] { runId, participantId, days });
			longestWaiter = longestWaiter == null ? (int) days : Math.max(longestWaiter, (int) days);
		}
		batches.batchUpdate("insert into match_run_unmatched (run_id, participant_id, waiting_days) values (?, ?, ?)",
				waitingRows);
		BigDecimal averageKm = withDistance == 0 ? null
				: BigDecimal.valueOf(distanceSum / withDistance).setScale(1, RoundingMode.HALF_UP);
		jdbc.sql("""
				update match_run set status = 'DONE', progress = 100, finished_at = ?, participants = ?, buddies = ?,
				pairs_considered = ?, objective = ?, matched = ?, average_distance_km = ?, longest_waiter_days = ?
				where id = ?""")
			.params(Timestamp.from(clock.instant()), batch.instance().participants().size() + batch.locked().size(),
					batch.instance().buddies().size(), batch.instance().pairs().size(), objective,
					result.pairs().size() + batch.locked().size(), averageKm, longestWaiter, runId)
			.update();
	}

	record RunPair(long participantId, long enrolmentId, long cost, boolean locked) {
	}

	record Waiting(long participantId, int waitingDays) {
	}

	List<RunPair> pairsOf(long runId) {
		return jdbc.sql("select participant_id, enrolment_id, cost, locked from match_run_pair where run_id = ? order by cost, participant_id")
			.param(runId)
			.query((rs, n) -> new RunPair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
			.list();
	}

	List<Waiting> unmatchedOf(long runId) {
		return jdbc.sql("select participant_id, waiting_days from match_run_unmatched where run_id = ? order by waiting_days desc, participant_id")
			.param(runId)
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getInt(2)))
			.list();
	}
}
