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
import org.springframework.stereotype.Component;

/**
 * Programmes, buddies and participants of their own for matching tests, so that the demo data other tests
 * and the browser journey rely on stays as it was. Written as rows, the way the volunteer and participant
 * modules store them; their own tests cover how those rows come about.
 */
@Component
public class MatchingFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	MatchingFixtures(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
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

	public long demoProfessional() {
		return people.accountIdOf("professional@demo.buddywerk.org").orElseThrow();
	}

	/** A new programme of the demo programme's organisation, so the demo coordinator coordinates it. */
	public long newProgramme() {
		long organisation = jdbc.sql("select organisation_id from programme where id = ?").param(demoProgramme())
			.query(Long.class).single();
		jdbc.sql("insert into programme (name, organisation_id, active) values (?, ?, true)")
			.params("Matching test " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(), organisation)
			.update();
		return jdbc.sql("select max(id) from programme").query(Long.class).single();
	}

	/** A new buddy account (role BUDDY in the programme's organisation); returns its e-mail address. */
	public String buddyAccount() {
		long organisation = jdbc.sql("select organisation_id from programme where id = ?").param(demoProgramme())
			.query(Long.class).single();
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

	/** A participant waiting since the given day, consenting to be matched, with the demo professional. */
	public long participant(long programmeId, String postalCode, String language, LocalDate waitingSince) {
		String firstName = "Deelnemer" + SEQUENCE.incrementAndGet();
		Timestamp now = Timestamp.from(clock.instant());
		long professional = demoProfessional();
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
