package org.buddywerk.volunteers;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;

import org.buddywerk.platform.WeekSlot;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.TestClock;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How fast the coordinator's board is with 5,000 volunteers in one programme: median and 95th percentile of
 * each query over {@value #RUNS} runs, after {@value #WARM_UP} runs to warm up, printed as a table. It measures
 * and never fails on time (timings depend on the machine); it only checks that the board counts everyone.
 * Not part of {@code ./mvnw verify} (the pom leaves the tag "benchmark" out); run it with
 * {@code ./mvnw -o test -Dtest=BoardBenchmark -DexcludedGroups=none}, on PostgreSQL with
 * {@code BUDDYWERK_TEST_DB_URL} set. The table is in
 * {@code target/surefire-reports/org.buddywerk.volunteers.BoardBenchmark-output.txt}.
 */
@Tag("benchmark")
@BuddywerkTest
class BoardBenchmark {

	static final int VOLUNTEERS = 5_000;

	static final int WARM_UP = 20;

	static final int RUNS = 50;

	/** One line of the table. */
	record Timing(String query, int rows, double medianMs, double p95Ms) {
	}

	@Autowired
	VolunteerBoard board;

	@Autowired
	VolunteerSearch search;

	@Autowired
	VolunteerAccess access;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

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

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	/** A volunteer of the programme whose record changes between runs. */
	long changing;

	@Test
	void theBoardOfAProgrammeWithFiveThousandVolunteers() throws Exception {
		ApiTestFixtures fixtures = new ApiTestFixtures(mvc, accounts, administration, people, volunteers, enrolments,
				pipeline, clock);
		long organisation = fixtures.organisation("Benchmark");
		long programme = fixtures.programme(organisation, "Grote buddywerking");
		ApiTestFixtures.Person coordinator = fixtures.account(Role.COORDINATOR, organisation);
		ApiTestFixtures.Person coach = fixtures.account(Role.COACH, organisation);
		LocalDate today = fixtures.today();
		long started = System.nanoTime();
		Map<VolunteerStatus, Integer> perStatus = BenchmarkVolunteers.insert(jdbc, programme, coach.id(), VOLUNTEERS,
				clock.instant(), today);
		double setupMs = (System.nanoTime() - started) / 1e6;
		// fresh statistics, as the database would have some time after the volunteers came in
		jdbc.execute("analyze");

		changing = jdbc.queryForObject("select min(volunteer_id) from enrolment where programme_id = ?", Long.class,
				programme);
		BoardFilter all = BoardFilter.of(programme);
		VolunteerBoard.Board whole = board.board(all, 25);
		assertThat(whole.total()).isEqualTo(VOLUNTEERS);
		assertThat(whole.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(VOLUNTEERS);
		perStatus.forEach((status, count) -> assertThat(whole.counts().get(status)).as("%s", status).isEqualTo((long) count));

		List<Timing> timings = new ArrayList<>();
		timings.add(time("board, no filter", () -> board.board(all, 25).total()));
		timings.add(time("board, language ar", () -> board.board(filter(programme, "ar", null, null, false), 25).total()));
		timings.add(time("board, postal area 90", () -> board.board(filter(programme, null, "90", null, false), 25).total()));
		timings.add(time("board, slot MONDAY_EVENING",
				() -> board.board(filter(programme, null, null, WeekSlot.MONDAY_EVENING, false), 25).total()));
		timings.add(time("board, expiring soon", () -> board.board(filter(programme, null, null, null, true), 25).total()));
		timings.add(time("board, all four filters",
				() -> board.board(filter(programme, "nl", "90", WeekSlot.MONDAY_EVENING, true), 25).total()));
		// about 1,500 are available: page 100 of 10 cards lies deep in the column, not past its end
		timings.add(time("column AVAILABLE, page 0 (10 cards)",
				() -> (long) board.column(all, VolunteerStatus.AVAILABLE, 0, 10).size()));
		timings.add(time("column AVAILABLE, page 100 (10 cards)",
				() -> (long) board.column(all, VolunteerStatus.AVAILABLE, 100, 10).size()));
		ProgrammeView run = access.programmeForCoordinator(programme, coordinator.id());
		VolunteerSearchFilter none = new VolunteerSearchFilter(null, null, null, null, false);
		timings.add(time("API's queries only, page 0 (20 items)",
				() -> search.find(List.of(run), none, Paging.of(0, 20, null, null, Set.of(), "name")).totalItems()));
		timings.add(time("API list, page 0 (20 items)", () -> apiTotal(coordinator, programme, 0)));
		timings.add(time("API list, page 100 (20 items)", () -> apiTotal(coordinator, programme, 100)));
		assertThat(apiTotal(coordinator, programme, 0)).isEqualTo(VOLUNTEERS);

		String database;
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData about = connection.getMetaData();
			database = about.getDatabaseProductName() + " " + about.getDatabaseProductVersion();
		}
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"%nBoard benchmark: %,d volunteers in one programme on %s (inserted in %.0f ms); %d runs after %d to warm up%n%n",
				VOLUNTEERS, database, setupMs, RUNS, WARM_UP));
		table.append(String.format(Locale.ROOT, "| %-38s | %6s | %10s | %8s |%n", "query", "rows", "median ms", "p95 ms"));
		table.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(40), "-".repeat(8), "-".repeat(12), "-".repeat(10)));
		timings.forEach(t -> table.append(String.format(Locale.ROOT, "| %-38s | %6d | %10.2f | %8.2f |%n", t.query(),
				t.rows(), t.medianMs(), t.p95Ms())));
		System.out.println(table);
	}

	private static BoardFilter filter(long programme, String language, String postalArea, WeekSlot slot,
			boolean expiringSoon) {
		return new BoardFilter(programme, null, language, postalArea, slot, expiringSoon);
	}

	/**
	 * Rows are what the query reports (volunteers on the board, cards in the column, total of the API's list).
	 * Before each run one volunteer changes, untimed, as in a live programme: H2 would otherwise answer a
	 * repeated query from the result it kept, which says nothing about the query.
	 */
	private Timing time(String query, Callable<Long> run) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			run.call();
		}
		long[] nanos = new long[RUNS];
		long rows = 0;
		for (int i = 0; i < RUNS; i++) {
			jdbc.update("update volunteer set updated_at = ? where id = ?", java.sql.Timestamp.from(clock.instant()),
					changing);
			long start = System.nanoTime();
			rows = run.call();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return new Timing(query, (int) rows, nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
	}

	private long apiTotal(ApiTestFixtures.Person coordinator, long programme, int page) throws Exception {
		String answer = mvc.perform(get("/api/v1/volunteers").param("programme", String.valueOf(programme))
			.param("page", String.valueOf(page)).with(coordinator.signedIn()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.totalItems")).longValue();
	}
}
