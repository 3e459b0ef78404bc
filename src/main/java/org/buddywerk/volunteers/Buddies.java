package org.buddywerk.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What matching asks of the volunteers module: buddies with everything a match weighs, how to reach them, and
 * the two status changes a match brings. A programme can have thousands of buddies, so profiles load in two
 * queries however many there are: one for the people, one for all their facts.
 */
@Service
@Transactional(readOnly = true)
public class Buddies {

	private static final String PERSON = """
			select e.id, e.volunteer_id, e.programme_id, v.account_id, v.name, e.status, e.screening_issued_on,
			       e.screening_valid_until, e.screening_expired, v.capacity, v.postal_code, v.travel_km, v.gender,
			       e.coach_account_id
			from enrolment e join volunteer v on v.id = e.volunteer_id
			where %s
			order by e.id""";

	/** Every fact of the chosen volunteers as (volunteer, kind, value, level). */
	private static final String FACTS = """
			select volunteer_id, 'LANGUAGE' as kind, language as fact, level from volunteer_language
			where volunteer_id in (%1$s)
			union all select volunteer_id, 'DOMAIN', life_domain, null from volunteer_domain where volunteer_id in (%1$s)
			union all select volunteer_id, 'BOUNDARY', life_domain, null from volunteer_boundary where volunteer_id in (%1$s)
			union all select volunteer_id, 'INTEREST', interest, null from volunteer_interest where volunteer_id in (%1$s)
			union all select volunteer_id, 'SLOT', slot, null from volunteer_slot where volunteer_id in (%1$s)""";

	private static final String IN_PROGRAMME = "e.programme_id = :programme and e.status in ('AVAILABLE', 'MATCHED')";

	private static final String ONE = "e.id = :enrolment";

	private final JdbcClient jdbc;

	private final Pipeline pipeline;

	private final EnrolmentRepository enrolments;

	private final Clock clock;

	Buddies(JdbcClient jdbc, Pipeline pipeline, EnrolmentRepository enrolments, Clock clock) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
		this.enrolments = enrolments;
		this.clock = clock;
	}

	/** The programme's AVAILABLE and MATCHED buddies (one with room left can take another); screening unchecked. */
	public List<BuddyProfile> candidatesIn(long programmeId) {
		return load(IN_PROGRAMME, Map.of("programme", programmeId));
	}

	/** One enrolment's buddy, whatever their status. */
	public Optional<BuddyProfile> profile(long enrolmentId) {
		return load(ONE, Map.of("enrolment", enrolmentId)).stream().findFirst();
	}

	/** The enrolments of the volunteer who signs in with this account, in every programme. */
	public List<Long> enrolmentsOfAccount(long accountId) {
		return jdbc.sql("select e.id from enrolment e join volunteer v on v.id = e.volunteer_id "
				+ "where v.account_id = :account order by e.id").param("account", accountId).query(Long.class).list();
	}

	public Optional<BuddyContact> contact(long enrolmentId) {
		return jdbc.sql("select v.name, v.phone, v.email from enrolment e join volunteer v on v.id = e.volunteer_id "
				+ "where e.id = :enrolment").param("enrolment", enrolmentId).query(BuddyContact.class).optional();
	}

	/**
	 * Locks the enrolment's row until the caller's transaction ends, so that two coordinators publishing a match
	 * with the same buddy at once are served one after the other. Outside a transaction it would lock nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForMatching(long enrolmentId) {
		jdbc.sql("select id from enrolment where id = :enrolment for update").param("enrolment", enrolmentId)
			.query(Long.class).optional().orElseThrow(NotFoundException::new);
	}

	/** AVAILABLE becomes MATCHED, in the history like every step; a MATCHED buddy with room left stays so. */
	@Transactional
	public void markMatched(long enrolmentId, long actorAccountId) {
		pipeline.matched(enrolmentId, actorAccountId);
		// the profile queries read through JDBC: let them see this within the same transaction
		enrolments.flush();
	}

	/** MATCHED becomes AVAILABLE again; anything else stays as it is. */
	@Transactional
	public void markAvailableAgain(long enrolmentId, long actorAccountId) {
		pipeline.availableAgain(enrolmentId, actorAccountId);
		enrolments.flush();
	}

	private List<BuddyProfile> load(String condition, Map<String, Object> params) {
		List<Person> people = jdbc.sql(PERSON.formatted(condition)).params(params).query(Person.class).list();
		if (people.isEmpty()) {
			return List.of();
		}
		String volunteers = "select e.volunteer_id from enrolment e where " + condition;
		Map<Long, Facts> facts = new HashMap<>();
		jdbc.sql(FACTS.formatted(volunteers)).params(params).query((RowCallbackHandler) rs -> facts
			.computeIfAbsent(rs.getLong("volunteer_id"), id -> new Facts())
			.add(rs.getString("kind"), rs.getString("fact"), rs.getString("level")));
		LocalDate today = Today.on(clock);
		return people.stream().map(p -> p.profile(facts.getOrDefault(p.volunteerId(), new Facts()), today)).toList();
	}

	/** One row of {@link #PERSON}. */
	private record Person(long id, long volunteerId, long programmeId, Long accountId, String name, VolunteerStatus status,
			LocalDate screeningIssuedOn, LocalDate screeningValidUntil, boolean screeningExpired, int capacity,
			String postalCode, int travelKm, Gender gender, Long coachAccountId) {

		BuddyProfile profile(Facts facts, LocalDate today) {
			// no screening, one not valid yet, one ended (or marked ended by the daily job): all count as expired
			boolean expired = screeningExpired || !Enrolment.screeningValid(screeningIssuedOn, screeningValidUntil, today);
			return new BuddyProfile(id, volunteerId, programmeId, accountId, name, status, screeningValidUntil, expired,
					capacity, postalCode, travelKm, gender,
					facts.languages.stream().sorted(Comparator.comparing(SpokenLanguage::language)).toList(),
					facts.domains, facts.boundaries, facts.interests, facts.slots, coachAccountId);
		}
	}

	/** The facts of one volunteer, gathered from the rows of {@link #FACTS}. */
	private static final class Facts {

		final List<SpokenLanguage> languages = new ArrayList<>();

		final Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);

		final Set<LifeDomain> boundaries = EnumSet.noneOf(LifeDomain.class);

		final Set<Interest> interests = EnumSet.noneOf(Interest.class);

		final Set<WeekSlot> slots = EnumSet.noneOf(WeekSlot.class);

		void add(String kind, String value, String level) {
			switch (kind) {
				case "LANGUAGE" -> languages.add(new SpokenLanguage(value, LanguageLevel.valueOf(level)));
				case "DOMAIN" -> domains.add(LifeDomain.valueOf(value));
				case "BOUNDARY" -> boundaries.add(LifeDomain.valueOf(value));
				case "INTEREST" -> interests.add(Interest.valueOf(value));
				case "SLOT" -> slots.add(WeekSlot.valueOf(value));
				default -> throw new IllegalStateException(kind);
			}
		}
	}
}
