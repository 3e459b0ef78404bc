package org.buddywerk.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.buddywerk.people.People;
import org.buddywerk.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.stereotype.Component;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Programmes, buddies and participants of their own for matching tests, in an organisation with a coordinator
 * of its own, so that the demo data and the demo coordinator's lists, which other tests and the browser
 * journeys rely on, stay as they were. Written as rows, the way the volunteer and participant
 * modules store them; their own tests cover how those rows come about.
 */
@Component
public class MatchingFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	private final UserDetailsService accounts;

	MatchingFixtures(JdbcClient jdbc, People people, Clock clock, UserDetailsService accounts) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.accounts = accounts;
	}

	public long demoProgramme() {
		return jdbc.sql("select programme_id from participant where first_name = 'Oksana'").query(Long.class).single();
	}

	public long oksana() {
		return jdbc.sql("select id from participant where first_name = 'Oksana'").query(Long.class).single();
	}

	public long demoBuddyEnrolment() {
		return jdbc.sql("""
				select e.id from enrolment e join volunteer v on v.id = e.volunteer_id
				where v.email = 'buddy@demo.buddywerk.org' and e.programme_id = ?""")
			.param(demoProgramme())
			.query(Long.class)
			.single();
	}

	static final String COORDINATOR = "matching-coordinator@example.org";

	static final String PROFESSIONAL = "matching-professional@example.org";

	/** The organisation of the test programmes, with its coordinator and professional, made on first use. */
	public synchronized long organisation() {
		if (jdbc.sql("select count(*) from organisation where name = 'Matching tests'").query(Long.class).single() == 0) {
			jdbc.sql("insert into organisation (name, kind) values ('Matching tests', 'OTHER')").update();
		}
		long organisation = jdbc.sql("select id from organisation where name = 'Matching tests'").query(Long.class).single();
		member(COORDINATOR, "Matching coordinator", "COORDINATOR", organisation);
		member(PROFESSIONAL, "Matching professional", "PROFESSIONAL", organisation);
		return organisation;
	}

	/** An account with one role in the test organisation, unless it exists; tests sign in without a password. */
	private void member(String email, String name, String role, long organisation) {
		if (people.accountIdOf(email).isPresent()) {
			return;
		}
		jdbc.sql("insert into account (email, display_name, preferred_language, password_hash, active, created_at) "
				+ "values (?, ?, 'nl', '{noop}tests sign in without a password', true, ?)")
			.params(email, name, Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("insert into role_assignment (account_id, organisation_id, role) values (?, ?, ?)")
			.params(accountId(email), organisation, role)
			.update();
	}

	/** Requests as the coordinator of the test organisation. */
	public RequestPostProcessor coordinator() {
		organisation();
		return user(accounts.loadUserByUsername(COORDINATOR));
	}

	/** Requests as the contact professional of the test participants. */
	public RequestPostProcessor professional() {
		organisation();
		return user(accounts.loadUserByUsername(PROFESSIONAL));
	}

	public long coordinatorId() {
		organisation();
		return accountId(COORDINATOR);
	}

	/** A new programme of the test organisation. */
	public long newProgramme() {
		jdbc.sql("insert into programme (name, organisation_id, active) values (?, ?, true)")
			.params("Matching test " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(), organisation())
			.update();
		return jdbc.sql("select max(id) from programme").query(Long.class).single();
	}

	/** A new buddy account (role BUDDY in the test organisation); returns its e-mail address. */
	public String buddyAccount() {
		long organisation = organisation();
		String email = "matching-buddy-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
		people.createVolunteerAccount(email, "Buddy " + SEQUENCE.get(), Locale.forLanguageTag("nl"), "a long enough test password",
				List.of(organisation));
		return email;
	}

	public long accountId(String email) {
		return people.accountIdOf(email).orElseThrow();
	}

	/** An AVAILABLE buddy with a valid screening, speaking the language natively; returns the enrolment id. */
	public long buddy(long programmeId, String postalCode, int capacity, String language, Long accountId) {
		String email = "matching-volunteer-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into volunteer (email, name, phone, postal_code, travel_km, capacity, account_id, consent_version,
				  consent_language, consent_given_at, created_at, updated_at, gender)
				values (?, ?, '+32 470 00 00 00', ?, 20, ?, ?, 'test', 'nl', ?, ?, ?, 'WOMAN')""")
			.params(email, "Volunteer " + SEQUENCE.get(), postalCode, capacity, accountId, now, now, now)
			.update();
		long volunteer = jdbc.sql("select id from volunteer where email = ?").param(email).query(Long.class).single();
		jdbc.sql("insert into volunteer_language (volunteer_id, language, level) values (?, ?, 'NATIVE')")
			.params(volunteer, language).update();
		jdbc.sql("insert into volunteer_domain (volunteer_id, life_domain) values (?, 'HOUSING')").param(volunteer).update();
		LocalDate today = Today.on(clock);
		jdbc.sql("""
				insert into enrolment (volunteer_id, programme_id, status, status_since, screening_kind, screening_issued_on,
				  screening_valid_until, created_at)
				values (?, ?, 'AVAILABLE', ?, 'BE_CRIMINAL_RECORD_MODEL_2', ?, ?, ?)""")
			.params(volunteer, programmeId, now, today.minusMonths(1), today.plusYears(2), now)
			.update();
		return jdbc.sql("select id from enrolment where volunteer_id = ?").param(volunteer).query(Long.class).single();
	}

	/** A participant who signs in for themselves (self-service); returns the account's e-mail address. */
	public String participantAccount(long participantId) {
		String email = "matching-participant-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
		member(email, "Participant", "PARTICIPANT", organisation());
		jdbc.sql("update participant set account_id = ? where id = ?").params(accountId(email), participantId).update();
		return email;
	}

	/** A participant waiting since the given day, consenting to be matched, with the test professional. */
	public long participant(long programmeId, String postalCode, String language, LocalDate waitingSince) {
		// unique across runs too: a database kept between runs still has the earlier ones
		String firstName = "Deelnemer" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
		Timestamp now = Timestamp.from(clock.instant());
		organisation();
		long professional = accountId(PROFESSIONAL);
		jdbc.sql("""
				insert into participant (programme_id, first_name, last_name, phone, postal_code, contact_professional_id,
				  waiting_since, created_at, updated_at)
				values (?, ?, 'Test', '+32 470 11 22 33', ?, ?, ?, ?, ?)""")
			.params(programmeId, firstName, postalCode, professional, waitingSince, now, now)
			.update();
		long id = jdbc.sql("select id from participant where first_name = ?").param(firstName).query(Long.class).single();
		jdbc.sql("insert into participant_language (participant_id, language, level) values (?, ?, 'NATIVE')")
			.params(id, language).update();
		jdbc.sql("insert into participant_need (participant_id, life_domain, priority) values (?, 'HOUSING', 1)").param(id).update();
		jdbc.sql("""
				insert into consent_record (participant_id, purpose, text_version, language, given_by, given_how, given_on,
				  recorded_by, recorded_at)
				values (?, 'MATCHING', '2026-11', 'nl', 'PARTICIPANT', 'SIGNED_FORM', ?, ?, ?)""")
			.params(id, Today.on(clock), professional, now)
			.update();
		return id;
	}

	public String firstName(long participantId) {
		return jdbc.sql("select first_name from participant where id = ?").param(participantId).query(String.class).single();
	}
}
