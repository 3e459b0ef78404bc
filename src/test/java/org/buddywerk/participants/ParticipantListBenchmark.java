package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participant lists with 50,000 participants in one programme: search, each filter, the waiting list at
 * its first and a far page, and the pages through MockMvc. Median and p95 over {@value #RUNS} runs after
 * {@value #WARM_UP} to warm up; no timed assertion. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw test -Dtest=ParticipantListBenchmark -DexcludedGroups=none} (add BUDDYWERK_TEST_DB_URL for
 * PostgreSQL), on a fresh database: it leaves its rows behind.
 */
@Tag("benchmark")
@BuddywerkTest
class ParticipantListBenchmark {

	static final int PARTICIPANTS = 50_000;

	static final int WARM_UP = 20;

	static final int RUNS = 50;

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "ar", "uk", "tr", "ru", "fa", "so", "ti");

	private static final List<String> NAMES = List.of("Amal", "Bilal", "Dina", "Eyerus", "Fatima", "Hassan", "Iryna",
			"Jamal", "Kateryna", "Leila", "Mariam", "Nour", "Oksana", "Rania", "Samir", "Tigist", "Yaroslav", "Zainab");

	private static final List<String> POSTAL_CODES = List.of("9000", "9030", "9040", "9050", "2000", "2060", "1000", "1030");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ParticipantList lists;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Clock clock;

	@Test
	void listsWithFiftyThousandParticipants() throws Exception {
		long organisation = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		long professional = people.accountIdOf(SignedIn.demoEmail(Role.PROFESSIONAL)).orElseThrow();
		String name = "Benchmark " + UUID.randomUUID();
		jdbc.update("insert into programme (name, organisation_id, active) values (?, ?, true)", name, organisation);
		long programme = jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
		long started = System.nanoTime();
		insert(programme, professional);
		System.out.printf("Participant list benchmark: %,d participants in one programme on %s (inserted in %d ms); "
				+ "%d runs after %d to warm up%n", PARTICIPANTS, jdbc.getDataSource().getConnection().getMetaData()
					.getDatabaseProductName() + " " + jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductVersion(),
				(System.nanoTime() - started) / 1_000_000, RUNS, WARM_UP);

		Set<Long> programmes = Set.of(programme);
		Paging first = Paging.of(0, 20, "waitingSince", "asc", ParticipantList.SORTABLE, "waitingSince");
		Paging far = Paging.of(1000, 20, "waitingSince", "asc", ParticipantList.SORTABLE, "waitingSince");
		assertThat(lists.search(new ParticipantList.Filter(programmes, null, null, null, null, null, false), first)
			.getTotalElements()).isEqualTo(PARTICIPANTS);

		System.out.println("| query                                   |   rows |  median ms |   p95 ms |");
		System.out.println("|-----------------------------------------|--------|------------|----------|");
		time("list, no filter, page 0", () -> lists.search(filter(programmes, null, null, null, null, null, false), first).getTotalElements());
		time("list, name contains 'ran'", () -> lists.search(filter(programmes, "ran", null, null, null, null, false), first).getTotalElements());
		time("list, need HOUSING", () -> lists.search(filter(programmes, null, LifeDomain.HOUSING, null, null, null, false), first).getTotalElements());
		time("list, language ar", () -> lists.search(filter(programmes, null, null, "ar", null, null, false), first).getTotalElements());
		time("list, postal area 90", () -> lists.search(filter(programmes, null, null, null, "90", null, false), first).getTotalElements());
		time("list, waiting 180+ days", () -> lists.search(filter(programmes, null, null, null, null, 180, false), first).getTotalElements());
		time("list, all filters", () -> lists.search(filter(programmes, "a", LifeDomain.HOUSING, "ar", "90", 180, false), first).getTotalElements());
		time("waiting list, page 0", () -> lists.search(filter(programmes, null, null, null, null, null, true), first).getTotalElements());
		time("waiting list, page 1000", () -> lists.search(filter(programmes, null, null, null, null, null, true), far).getTotalElements());
		time("page /participants/waiting (MockMvc)", () -> page("/participants/waiting?programme=" + programme));
		time("page /participants?domain=HOUSING", () -> page("/participants?programme=" + programme + "&domain=HOUSING"));
	}

	private static ParticipantList.Filter filter(Set<Long> programmes, String q, LifeDomain domain, String language,
			String postalArea, Integer minDays, boolean waitingOnly) {
		return new ParticipantList.Filter(programmes, q, domain, language, postalArea, minDays, waitingOnly);
	}

	private long page(String url) {
		try {
			mvc.perform(get(url).with(SignedIn.as(accounts, Role.COORDINATOR))).andExpect(status().isOk());
			return PARTICIPANTS;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void time(String label, Supplier<Long> query) {
		for (int i = 0; i < WARM_UP; i++) {
			query.get();
		}
		double[] millis = new double[RUNS];
		long rows = 0;
		for (int i = 0; i < RUNS; i++) {
			// untimed: a changed row keeps H2 from answering a repeated query from its result cache
			jdbc.update("update participant set updated_at = updated_at where id = (select min(id) from participant)");
			long start = System.nanoTime();
			rows = query.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("| %-39s | %6d | %10.2f | %8.2f |%n", label, rows, millis[RUNS / 2], millis[(int) (RUNS * 0.95) - 1]);
	}

	/** 50,000 participants, 90% waiting since up to two years, 1–3 languages, 1–4 needs; fixed seed. */
	private void insert(long programme, long professional) {
		Random random = new Random(20261122L);
		LocalDate today = Today.on(clock);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			LocalDate waiting = random.nextInt(10) == 0 ? null : today.minusDays(random.nextInt(730));
			rows.add(new Object[] { programme, NAMES.get(random.nextInt(NAMES.size())),
					POSTAL_CODES.get(random.nextInt(POSTAL_CODES.size())), professional, waiting, now, now });
		}
		jdbc.batchUpdate("insert into participant (programme_id, first_name, postal_code, contact_professional_id, "
				+ "waiting_since, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
		List<Long> ids = jdbc.queryForList("select id from participant where programme_id = ? order by id", Long.class,
				programme);
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> needs = new ArrayList<>();
		for (long id : ids) {
			List<String> spoken = new ArrayList<>(LANGUAGES);
			java.util.Collections.shuffle(spoken, random);
			for (String language : spoken.subList(0, 1 + random.nextInt(3))) {
				languages.add(new Object[] { id, language, "NATIVE" });
			}
			List<LifeDomain> domains = new ArrayList<>(List.of(LifeDomain.values()));
			java.util.Collections.shuffle(domains, random);
			for (LifeDomain domain : domains.subList(0, 1 + random.nextInt(4))) {
				needs.add(new Object[] { id, domain.name(), 1 + random.nextInt(3) });
			}
		}
		jdbc.batchUpdate("insert into participant_language (participant_id, language, level) values (?, ?, ?)", languages);
		jdbc.batchUpdate("insert into participant_need (participant_id, life_domain, priority) values (?, ?, ?)", needs);
		// a running database has statistics (autovacuum analyzes); right after a bulk insert it has none yet
		jdbc.execute("analyze");
	}
}
