package org.buddywerk.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's reads: a coordinator's volunteers across their programmes, filtered and paged, and one volunteer's
 * profile. A page takes four queries whatever its size (count, rows, then languages and slots for all its
 * volunteers at once), in plain SQL for H2 and PostgreSQL alike.
 */
@Service
@Transactional(readOnly = true)
class VolunteerSearch {

	/** Screenings ending within this many days count as expiring, as in {@link Pipeline#markScreenings()}. */
	static final int EXPIRING_WITHIN_DAYS = 30;

	private record Row(long enrolmentId, long volunteerId, String name, String postalCode, long programmeId,
			VolunteerStatus status, Instant since, LocalDate screeningValidUntil, Long coachAccountId) {
	}

	private final JdbcClient jdbc;

	private final VolunteerAccess access;

	private final EnrolmentRepository enrolments;

	private final RequiredTrainingRepository trainings;

	private final Clock clock;

	VolunteerSearch(JdbcClient jdbc, VolunteerAccess access, EnrolmentRepository enrolments,
			RequiredTrainingRepository trainings, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.enrolments = enrolments;
		this.trainings = trainings;
		this.clock = clock;
	}

	/** The volunteers enrolled in these programmes, by name, one item per volunteer and programme. */
	VolunteerPageResponse find(Collection<ProgrammeView> programmes, VolunteerSearchFilter filter, Paging paging) {
		if (programmes.isEmpty()) {
			return VolunteerPageResponse.of(List.of(), paging.page(), paging.size(), 0);
		}
		LocalDate today = Today.on(clock);
		StringBuilder where = new StringBuilder(" where e.programme_id in (:programmes)");
		Map<String, Object> params = new HashMap<>();
		params.put("programmes", programmes.stream().map(ProgrammeView::id).toList());
		if (filter.status() != null) {
			where.append(" and e.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.language() != null) {
			where.append(" and exists (select 1 from volunteer_language l where l.volunteer_id = v.id and l.language = :language)");
			params.put("language", filter.language());
		}
		if (filter.postalArea() != null) {
			where.append(" and v.postal_code like :postal");
			params.put("postal", filter.postalArea() + "%");
		}
		if (filter.slot() != null) {
			where.append(" and exists (select 1 from volunteer_slot s where s.volunteer_id = v.id and s.slot = :slot)");
			params.put("slot", filter.slot().name());
		}
		if (filter.expiringSoon()) {
			where.append(" and e.screening_valid_until between :today and :horizon");
			params.put("today", today);
			params.put("horizon", today.plusDays(EXPIRING_WITHIN_DAYS));
		}
		String from = " from enrolment e join volunteer v on v.id = e.volunteer_id" + where;
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<Row> rows = total == 0 ? List.of() : jdbc.sql("select e.id as enrolment_id, v.id as volunteer_id, v.name, "
				+ "v.postal_code, e.programme_id, e.status, e.status_since, e.screening_valid_until, e.coach_account_id"
				+ from + " order by v.name, e.id offset :offset rows fetch next :size rows only")
			.params(params)
			.param("offset", (long) paging.page() * paging.size())
			.param("size", paging.size())
			.query((rs, n) -> new Row(rs.getLong("enrolment_id"), rs.getLong("volunteer_id"), rs.getString("name"),
					rs.getString("postal_code"), rs.getLong("programme_id"), VolunteerStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("status_since").toInstant(), rs.getObject("screening_valid_until", LocalDate.class),
					rs.getObject("coach_account_id", Long.class)))
			.list();

		Set<Long> volunteerIds = rows.stream().map(Row::volunteerId).collect(Collectors.toSet());
		Map<Long, List<SpokenLanguage>> languages = languagesOf(volunteerIds);
		Map<Long, List<WeekSlot>> slots = slotsOf(volunteerIds);
		Map<Long, String> programmeNames = programmes.stream()
			.collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name));
		List<VolunteerSummaryResponse> items = rows.stream()
			.map(r -> new VolunteerSummaryResponse(r.volunteerId(), r.name(), r.postalCode(),
					languages.getOrDefault(r.volunteerId(), List.of()), slots.getOrDefault(r.volunteerId(), List.of()),
					r.enrolmentId(), r.programmeId(), programmeNames.get(r.programmeId()), r.status(), r.since(),
					r.screeningValidUntil(), expiring(r.screeningValidUntil(), today), expired(r.screeningValidUntil(), today),
					r.coachAccountId()))
			.toList();
		return VolunteerPageResponse.of(items, paging.page(), paging.size(), total);
	}

	/** A volunteer with their enrolments in this coordinator's programmes only; 404 when they have none there. */
	VolunteerProfileResponse profile(long volunteerId, long coordinatorAccountId) {
		Volunteer volunteer = access.volunteerForCoordinator(volunteerId, coordinatorAccountId);
		Map<Long, String> programmeNames = access.programmesCoordinatedBy(coordinatorAccountId).stream()
			.collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name));
		List<Enrolment> own = enrolments.findByVolunteerId(volunteerId).stream()
			.filter(e -> programmeNames.containsKey(e.getProgrammeId()))
			.sorted(Comparator.comparing((Enrolment e) -> programmeNames.get(e.getProgrammeId())).thenComparing(Enrolment::getId))
			.toList();
		Map<Long, String> trainingNames = trainings.findAllById(own.stream()
				.flatMap(e -> e.getTrainings().stream()).map(CompletedTraining::trainingId).distinct().toList())
			.stream().collect(Collectors.toMap(RequiredTraining::getId, RequiredTraining::getName));
		LocalDate today = Today.on(clock);
		List<VolunteerEnrolmentResponse> enrolled = own.stream()
			.map(e -> new VolunteerEnrolmentResponse(e.getId(), e.getProgrammeId(), programmeNames.get(e.getProgrammeId()),
					e.getStatus(), e.getStatusSince(), e.getScreeningKind(), e.getScreeningIssuedOn(),
					e.getScreeningValidUntil(), expiring(e.getScreeningValidUntil(), today),
					expired(e.getScreeningValidUntil(), today), e.getCoachAccountId(),
					e.getTrainings().stream()
						.sorted(Comparator.comparing(CompletedTraining::completedOn).thenComparing(CompletedTraining::trainingId))
						.map(t -> new VolunteerTrainingResponse(t.trainingId(), trainingNames.get(t.trainingId()),
								t.completedOn(), t.hours()))
						.toList()))
			.toList();
		return new VolunteerProfileResponse(volunteer.getId(), volunteer.getName(), volunteer.getEmail(),
				volunteer.getPhone(), volunteer.getPostalCode(),
				volunteer.getLanguages().stream().sorted(Comparator.comparing(SpokenLanguage::language)).toList(),
				volunteer.getDomains(), List.copyOf(volunteer.getSlots()), volunteer.getTravelKm(),
				volunteer.getCapacity(), volunteer.getBoundaries(), volunteer.getAbout(), enrolled);
	}

	static boolean expired(LocalDate validUntil, LocalDate today) {
		return validUntil != null && validUntil.isBefore(today);
	}

	static boolean expiring(LocalDate validUntil, LocalDate today) {
		return validUntil != null && !validUntil.isBefore(today)
				&& !validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS));
	}

	private Map<Long, List<SpokenLanguage>> languagesOf(Set<Long> volunteerIds) {
		if (volunteerIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select volunteer_id, language, level from volunteer_language where volunteer_id in (:ids) "
				+ "order by volunteer_id, language")
			.param("ids", volunteerIds)
			.query((rs, n) -> Map.entry(rs.getLong("volunteer_id"),
					new SpokenLanguage(rs.getString("language"), LanguageLevel.valueOf(rs.getString("level")))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private Map<Long, List<WeekSlot>> slotsOf(Set<Long> volunteerIds) {
		if (volunteerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<WeekSlot>> slots = jdbc.sql("select volunteer_id, slot from volunteer_slot where volunteer_id in (:ids)")
			.param("ids", volunteerIds)
			.query((rs, n) -> Map.entry(rs.getLong("volunteer_id"), WeekSlot.valueOf(rs.getString("slot"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		// in week order, Monday morning first, which the slot names do not sort into
		slots.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		return slots;
	}
}
