package org.buddywerk.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.buddywerk.platform.WeekSlot;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many volunteers in one programme, spread the way a big programme looks: most of them available or matched,
 * 1 to 3 of ten languages (Dutch most often), 3 to 8 slots, postal codes in three cities, screenings of which
 * some end soon and a few ended. Inserted in JDBC batches, not through the pipeline, so that 5,000 take
 * seconds; the seed is fixed, so every run measures the same data.
 */
final class BenchmarkVolunteers {

	static final List<String> LANGUAGES = List.of("nl", "fr", "en", "ar", "uk", "tr", "ru", "fa", "so", "ti");

	static final List<String> POSTAL_CODES = List.of("9000", "9030", "9040", "9050", "9051", "2000", "2018", "2060",
			"1000", "1030", "1080");

	private static final List<String> FIRST = List.of("Ana", "Bram", "Chloé", "Dmytro", "Eva", "Farid", "Greet", "Hanna",
			"Ibrahim", "Jasper", "Khadija", "Lotte", "Mehmet", "Nina", "Olena", "Pieter", "Rania", "Sofie", "Tom", "Yusuf");

	private static final List<String> LAST = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
			"Claes", "Goossens", "Wouters", "De Smet", "El Amrani", "Kovalenko", "Yilmaz", "Dubois", "Lambert");

	/** Share of each status, in per mille, adding up to 1000. */
	private static final Map<VolunteerStatus, Integer> SHARE = new EnumMap<>(Map.of(VolunteerStatus.APPLIED, 150,
			VolunteerStatus.INTAKE_DONE, 100, VolunteerStatus.SCREENED, 100, VolunteerStatus.TRAINED, 80,
			VolunteerStatus.AVAILABLE, 300, VolunteerStatus.MATCHED, 170, VolunteerStatus.PAUSED, 50,
			VolunteerStatus.STOPPED, 50));

	private BenchmarkVolunteers() {
	}

	/** Inserts {@code count} volunteers enrolled in the programme; returns how many there are per status. */
	static Map<VolunteerStatus, Integer> insert(JdbcTemplate jdbc, long programmeId, long coachAccountId, int count,
			Instant now, LocalDate today) {
		Random random = new Random(20261122L);
		String run = UUID.randomUUID().toString();
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		List<Object[]> volunteers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			volunteers.add(new Object[] { "benchmark-" + run + "-" + i + "@example.org",
					pick(FIRST, random) + " " + pick(LAST, random), "+32 470 " + (100000 + random.nextInt(900000)),
					pick(POSTAL_CODES, random), 2 + random.nextInt(30), 1 + random.nextInt(3), "1", "nl", at, at, at });
		}
		jdbc.batchUpdate("insert into volunteer (email, name, phone, postal_code, travel_km, capacity, consent_version, "
				+ "consent_language, consent_given_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				volunteers);
		List<Long> ids = jdbc.queryForList("select id from volunteer where email like ? order by id", Long.class,
				"benchmark-" + run + "-%");

		List<Object[]> languages = new ArrayList<>();
		List<Object[]> slots = new ArrayList<>();
		List<Object[]> enrolments = new ArrayList<>();
		Map<VolunteerStatus, Integer> perStatus = new EnumMap<>(VolunteerStatus.class);
		for (long id : ids) {
			List<String> spoken = new ArrayList<>(LANGUAGES);
			Collections.shuffle(spoken, random);
			if (random.nextInt(10) < 7) {
				// most volunteers in Flanders speak Dutch, and say so first
				spoken.remove("nl");
				spoken.add(0, "nl");
			}
			int languageCount = 1 + random.nextInt(3);
			for (int l = 0; l < languageCount; l++) {
				languages.add(new Object[] { id, spoken.get(l), l == 0 ? "NATIVE" : random.nextBoolean() ? "GOOD" : "BASIC" });
			}
			List<WeekSlot> week = new ArrayList<>(List.of(WeekSlot.values()));
			Collections.shuffle(week, random);
			week.subList(0, 3 + random.nextInt(6)).forEach(slot -> slots.add(new Object[] { id, slot.name() }));

			VolunteerStatus status = status(random);
			perStatus.merge(status, 1, Integer::sum);
			boolean screened = status.compareTo(VolunteerStatus.SCREENED) >= 0;
			// 6% end within 30 days, 3% have ended, the rest last up to three years
			int roll = random.nextInt(100);
			LocalDate until = !screened ? null
					: roll < 6 ? today.plusDays(random.nextInt(31))
					: roll < 9 ? today.minusDays(1 + random.nextInt(60)) : today.plusDays(31 + random.nextInt(1000));
			OffsetDateTime since = at.minusDays(random.nextInt(700)).minusMinutes(random.nextInt(1440));
			enrolments.add(new Object[] { id, programmeId, status.name(), since,
					status.compareTo(VolunteerStatus.INTAKE_DONE) >= 0 ? "ACCEPTED" : null,
					screened ? ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2.name() : null,
					until == null ? null : until.minusYears(3), until,
					until != null && !until.isBefore(today) && !until.isAfter(today.plusDays(30)),
					until != null && until.isBefore(today),
					status.compareTo(VolunteerStatus.AVAILABLE) >= 0 ? coachAccountId : null, since });
		}
		jdbc.batchUpdate("insert into volunteer_language (volunteer_id, language, level) values (?, ?, ?)", languages);
		jdbc.batchUpdate("insert into volunteer_slot (volunteer_id, slot) values (?, ?)", slots);
		jdbc.batchUpdate("insert into enrolment (volunteer_id, programme_id, status, status_since, intake_decision, "
				+ "screening_kind, screening_issued_on, screening_valid_until, screening_expiring, screening_expired, "
				+ "coach_account_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", enrolments);
		return perStatus;
	}

	private static VolunteerStatus status(Random random) {
		int roll = random.nextInt(1000);
		for (VolunteerStatus status : VolunteerStatus.BOARD) {
			roll -= SHARE.get(status);
			if (roll < 0) {
				return status;
			}
		}
		throw new IllegalStateException("shares add up to less than 1000");
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}
}
