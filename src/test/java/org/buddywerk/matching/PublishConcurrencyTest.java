package org.buddywerk.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.TestClock;
import org.buddywerk.platform.Today;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators publishing at the same moment, on parallel threads against the real database: a buddy never
 * gets more participants than their capacity, a participant never two buddies; exactly one wins and the
 * other is told which rule now stands in the way.
 */
@BuddywerkTest
class PublishConcurrencyTest {

	@Autowired
	MatchingFixtures fixtures;

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@RepeatedTest(5)
	void twoCoordinatorsGivingTheLastPlaceOfABuddyToTwoParticipantsAtOnce() throws Exception {
		long programme = fixtures.newProgramme();
		long buddy = fixtures.buddy(programme, "9030", 1, "uk", null);
		long first = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(5));
		long second = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(6));

		List<Proposals.Outcome> outcomes = atOnce(
				() -> proposals.publish(programme, first, buddy, null, coordinator()),
				() -> proposals.publish(programme, second, buddy, null, coordinator()));

		assertThat(outcomes).filteredOn(Proposals.Outcome::published).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.published())
			.singleElement()
			.satisfies(loser -> assertThat(loser.refusedFor()).containsExactly(Exclusion.NO_CAPACITY_LEFT));
		assertThat(openFor("enrolment_id", buddy)).isEqualTo(1);
	}

	@RepeatedTest(5)
	void twoCoordinatorsGivingOneParticipantTwoBuddiesAtOnce() throws Exception {
		long programme = fixtures.newProgramme();
		long one = fixtures.buddy(programme, "9030", 2, "uk", null);
		long other = fixtures.buddy(programme, "9050", 2, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(5));

		List<Proposals.Outcome> outcomes = atOnce(
				() -> proposals.publish(programme, participant, one, null, coordinator()),
				() -> proposals.publish(programme, participant, other, null, coordinator()));

		assertThat(outcomes).filteredOn(Proposals.Outcome::published).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.published())
			.singleElement()
			.satisfies(loser -> assertThat(loser.refusedFor()).containsExactly(Exclusion.NOT_WAITING));
		assertThat(openFor("participant_id", participant)).isEqualTo(1);
	}

	@RepeatedTest(5)
	void theSecondYesAndAPublishOfTheSameBuddyAtOnceNeitherDeadlockNorOverfill() throws Exception {
		long programme = fixtures.newProgramme();
		String buddyEmail = fixtures.buddyAccount();
		long buddy = fixtures.buddy(programme, "9030", 1, "uk", fixtures.accountId(buddyEmail));
		long first = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(5));
		long second = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(6));
		long proposal = proposals.publish(programme, first, buddy, null, coordinator()).proposalId();
		proposals.planIntroduction(proposal, clock.instant().minusSeconds(60), "Buurthuis", false, false);
		proposals.answer(proposal, Proposals.AnswerSide.BUDDY, Answer.YES, null, fixtures.accountId(buddyEmail));

		List<Object> outcomes = atOnce(
				() -> proposals.answer(proposal, Proposals.AnswerSide.PARTICIPANT, Answer.YES, null,
						fixtures.accountId(MatchingFixtures.PROFESSIONAL)),
				() -> proposals.publish(programme, second, buddy, null, coordinator()));

		assertThat(outcomes.get(0)).isEqualTo(ProposalStatus.AGREED);
		assertThat(((Proposals.Outcome) outcomes.get(1)).refusedFor()).containsExactly(Exclusion.NO_CAPACITY_LEFT);
		assertThat(openFor("enrolment_id", buddy)).isZero();
		assertThat(jdbc.sql("select count(*) from trajectory where enrolment_id = ? and status = 'ACTIVE'").param(buddy)
			.query(Long.class).single()).isEqualTo(1);
	}

	private long coordinator() {
		return fixtures.coordinatorId();
	}

	private long openFor(String column, long id) {
		return jdbc.sql("select count(*) from match_proposal where status = 'OPEN' and " + column + " = ?")
			.param(id).query(Long.class).single();
	}

	/** Runs both at the same moment, each on its own thread with its own transaction. */
	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
		try {
			CyclicBarrier start = new CyclicBarrier(tasks.length);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdown();
		}
	}
}
