package org.buddywerk.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.TestClock;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@BuddywerkTest
@ExtendWith(OutputCaptureExtension.class)
class ScreeningExpiryJobTest {

	private static final String LOCK = "screening-expiry";

	@Autowired
	ScreeningExpiryJob job;

	@Autowired
	TestClock clock;

	@Autowired
	VolunteerBoard board;

	@Autowired
	EnrolmentEventRepository events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Pipeline pipeline;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	People people;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	EnrolmentRepository enrolments;

	ApiTestFixtures fixtures;

	long programme;

	ApiTestFixtures.Person coordinator;

	ApiTestFixtures.Person coach;

	@BeforeEach
	void aProgrammeOfItsOwn() throws Exception {
		fixtures = new ApiTestFixtures(mvc, accounts, administration, people, volunteers, enrolments, pipeline, clock);
		long organisation = fixtures.organisation("Screening test");
		programme = fixtures.programme(organisation, "Screeningbuddy's");
		coordinator = fixtures.account(Role.COORDINATOR, organisation);
		coach = fixtures.account(Role.COACH, organisation);
		nextNight();
	}

	@AfterEach
	void backToNow() {
		clock.reset();
		nextNight();
	}

	@Test
	void aScreeningEndingInTenDaysIsFlaggedExpiringThenElevenDaysLaterExpiredAndNoLongerMatchable() {
		LocalDate today = fixtures.today();
		Enrolment ending = fixtures.available(fixtures.applied(fixtures.volunteer("Ending Screening"), programme),
				coordinator.id(), coach.id(), today.minusYears(3).plusDays(10), today.plusDays(10));
		Enrolment lasting = fixtures.available(fixtures.applied(fixtures.volunteer("Lasting Screening"), programme),
				coordinator.id(), coach.id(), today, today.plusYears(1));
		assertThat(ending.matchableOn(today)).isTrue();

		job.run();

		assertThat(fixtures.reload(ending).isScreeningExpiring()).isTrue();
		assertThat(fixtures.reload(ending).isScreeningExpired()).isFalse();
		assertThat(fixtures.reload(ending).matchableOn(today)).isTrue();
		assertThat(expiringSoonOnTheBoard()).containsExactly(ending.getId());

		clock.advance(Duration.ofDays(11));
		nextNight();
		job.run();

		LocalDate later = fixtures.today();
		assertThat(fixtures.reload(ending).isScreeningExpired()).isTrue();
		assertThat(fixtures.reload(ending).isScreeningExpiring()).isFalse();
		assertThat(fixtures.reload(ending).matchableOn(later)).isFalse();
		assertThat(fixtures.reload(lasting).matchableOn(later)).isTrue();
		assertThat(expiringSoonOnTheBoard()).isEmpty();
	}

	@Test
	void aScreeningValidForAYearIsLeftUntouched() {
		LocalDate today = fixtures.today();
		Enrolment lasting = fixtures.screened(fixtures.applied(fixtures.volunteer("Lasting Screening"), programme),
				coordinator.id(), today, today.plusYears(1));
		int eventsBefore = kindsOf(lasting).size();

		job.run();
		clock.advance(Duration.ofDays(11));
		nextNight();
		job.run();

		Enrolment after = fixtures.reload(lasting);
		assertThat(after.isScreeningExpiring()).isFalse();
		assertThat(after.isScreeningExpired()).isFalse();
		assertThat(after.getVersion()).as("not even written").isEqualTo(lasting.getVersion());
		assertThat(kindsOf(lasting)).hasSize(eventsBefore);
	}

	@Test
	void eachChangeWritesOneEventWithTheEndDateAndARunWithoutChangesWritesNone() {
		LocalDate today = fixtures.today();
		Enrolment ending = fixtures.screened(fixtures.applied(fixtures.volunteer("Ending Screening"), programme),
				coordinator.id(), today.minusYears(3).plusDays(10), today.plusDays(10));

		job.run();
		nextNight();
		job.run();
		assertThat(screeningEvents(ending)).extracting(EnrolmentEvent::getKind)
			.containsExactly(EnrolmentEvent.Kind.SCREENING_EXPIRING);

		clock.advance(Duration.ofDays(11));
		nextNight();
		job.run();
		List<EnrolmentEvent> written = screeningEvents(ending);
		assertThat(written).extracting(EnrolmentEvent::getKind)
			.containsExactly(EnrolmentEvent.Kind.SCREENING_EXPIRED, EnrolmentEvent.Kind.SCREENING_EXPIRING);
		assertThat(written).allSatisfy(event -> {
			assertThat(event.getNote()).isEqualTo(today.plusDays(10).toString());
			assertThat(event.getActorAccountId()).as("the job, not a person").isNull();
		});
	}

	@Test
	void theLogSaysHowManyChangedButNotWho(CapturedOutput output) {
		LocalDate today = fixtures.today();
		Volunteer volunteer = fixtures.volunteer("Zainab Logvrij");
		fixtures.screened(fixtures.applied(volunteer, programme), coordinator.id(), today.minusYears(3), today.plusDays(3));

		job.run();

		assertThat(output.getOut()).containsPattern("Screening expiry check: [1-9]\\d* enrolments changed")
			.doesNotContain("Zainab", "Logvrij", volunteer.getEmail());
	}

	@Test
	void aRunLeavesItsLockInTheShedlockTableHeldFiveMinutesFromItsStart() {
		job.run();

		record Lock(String lockedBy, OffsetDateTime lockedAt, OffsetDateTime lockUntil) {
		}
		Lock lock = jdbc.queryForObject("select locked_by, locked_at, lock_until from shedlock where name = ?",
				(rs, row) -> new Lock(rs.getString("locked_by"), rs.getObject("locked_at", OffsetDateTime.class),
						rs.getObject("lock_until", OffsetDateTime.class)), LOCK);
		assertThat(lock.lockedBy()).isNotBlank();
		assertThat(Duration.between(lock.lockedAt(), lock.lockUntil())).as("released after the run, but not before 5 minutes")
			.isGreaterThanOrEqualTo(Duration.ofMinutes(5))
			.isLessThan(Duration.ofMinutes(30));
	}

	@Test
	void whileAnotherInstanceHoldsTheLockTheJobDoesNothing() throws Exception {
		LocalDate today = fixtures.today();
		Enrolment ending = fixtures.screened(fixtures.applied(fixtures.volunteer("Ending Screening"), programme),
				coordinator.id(), today.minusYears(3), today.plusDays(10));
		LockingTaskExecutor otherInstance = new DefaultLockingTaskExecutor(instance("other instance"));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<?> other = thread.submit(() -> otherInstance.executeWithLock((Runnable) () -> {
				holding.countDown();
				await(done);
			}, lockConfiguration()));
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

			job.run();
			assertThat(fixtures.reload(ending).isScreeningExpiring()).as("skipped while the lock is taken").isFalse();

			done.countDown();
			other.get(10, TimeUnit.SECONDS);
			job.run();
			assertThat(fixtures.reload(ending).isScreeningExpiring()).as("runs once the lock is free").isTrue();
		}
		finally {
			done.countDown();
			thread.shutdownNow();
		}
	}

	@Test
	void twoInstancesStartingTheCheckAtTheSameMomentRunItOnce() throws Exception {
		LocalDate today = fixtures.today();
		Enrolment ending = fixtures.screened(fixtures.applied(fixtures.volunteer("Ending Screening"), programme),
				coordinator.id(), today.minusYears(3), today.plusDays(10));
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> instances = List.of(
					two.submit(instanceRunning("instance a", start, runs, inside, release)),
					two.submit(instanceRunning("instance b", start, runs, inside, release)));
			start.countDown();
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
			// the instance that did not get the lock gives up at once, while the other still holds it
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (instances.stream().noneMatch(Future::isDone) && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			release.countDown();
			List<Boolean> executed = List.of(instances.get(0).get(10, TimeUnit.SECONDS),
					instances.get(1).get(10, TimeUnit.SECONDS));

			assertThat(executed).containsExactlyInAnyOrder(true, false);
			assertThat(runs).hasValue(1);
			assertThat(screeningEvents(ending)).hasSize(1);
		}
		finally {
			release.countDown();
			two.shutdownNow();
		}
	}

	private Callable<Boolean> instanceRunning(String name, CountDownLatch start, AtomicInteger runs,
			CountDownLatch inside, CountDownLatch release) {
		LockingTaskExecutor instance = new DefaultLockingTaskExecutor(instance(name));
		return () -> {
			await(start);
			try {
				return instance.executeWithLock(() -> {
					runs.incrementAndGet();
					pipeline.markScreenings();
					inside.countDown();
					await(release);
					return null;
				}, lockConfiguration()).wasExecuted();
			}
			catch (Throwable failure) {
				throw new IllegalStateException(failure);
			}
		};
	}

	/** Another application instance on the same database: its own lock provider, as its own JobsConfiguration makes. */
	private LockProvider instance(String name) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.usingDbTime()
			.withLockedByValue(name)
			.build());
	}

	private static LockConfiguration lockConfiguration() {
		return new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO);
	}

	/** The lock stays taken 5 minutes after a run; a test that runs the job again is a night later. */
	private void nextNight() {
		jdbc.update("update shedlock set lock_until = locked_at where name = ?", LOCK);
	}

	private List<Long> expiringSoonOnTheBoard() {
		VolunteerBoard.Board found = board.board(new BoardFilter(programme, null, null, null, null, true), 25);
		return found.columns().values().stream().flatMap(List::stream).map(BoardCard::enrolmentId).toList();
	}

	private List<EnrolmentEvent.Kind> kindsOf(Enrolment enrolment) {
		return events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(enrolment.getId()).stream()
			.map(EnrolmentEvent::getKind).toList();
	}

	private List<EnrolmentEvent> screeningEvents(Enrolment enrolment) {
		return events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(enrolment.getId()).stream()
			.filter(e -> e.getKind() == EnrolmentEvent.Kind.SCREENING_EXPIRING
					|| e.getKind() == EnrolmentEvent.Kind.SCREENING_EXPIRED)
			.toList();
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("waited too long");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}
}
