package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SpokenLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/participants}: for professionals and coordinators, the basic profiles of the participants
 * they may see (DESIGN.md §4): the programmes of the organisations where they are a professional or a
 * coordinator, and their own caseload. Never the restricted profile; contact details only for the
 * participant's professionals and the programme's coordinators. Anyone else's participant answers 404.
 */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants")
class ParticipantApi {

	private record Row(long id, long programmeId, String firstName, String lastName, String phone, String email,
			String postalCode, LocalDate waitingSince, boolean seesContact) {
	}

	/** Stands in for "no programme" in an {@code in (...)} list, which SQL does not allow to be empty. */
	private static final List<Long> NONE = List.of(-1L);

	private final ParticipantAccess access;

	private final OrganisationDirectory organisations;

	private final JdbcClient jdbc;

	ParticipantApi(ParticipantAccess access, OrganisationDirectory organisations, JdbcClient jdbc) {
		this.access = access;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@GetMapping
	@Operation(summary = "Participants you may see (your organisations' programmes and your own caseload), or those of "
			+ "one programme, by first name, a page at a time: basic profile only; contact details only for your "
			+ "own caseload and the programmes you coordinate")
	ParticipantPageResponse participants(@RequestParam(required = false) Long programme,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal SignedInPerson person) {
		Paging paging = Paging.of(page, size, null, null, Set.of(), "firstName");
		long me = person.accountId();
		Set<Long> coordinated = access.programmesWhere(me, Role.COORDINATOR);
		Set<Long> visible = new HashSet<>(access.programmesWhere(me, Role.PROFESSIONAL));
		visible.addAll(coordinated);
		Map<String, Object> params = new HashMap<>();
		params.put("me", me);
		params.put("visible", visible.isEmpty() ? NONE : List.copyOf(visible));
		params.put("coordinated", coordinated.isEmpty() ? NONE : List.copyOf(coordinated));
		String caseload = "(p.contact_professional_id = :me or exists (select 1 from participant_professional pp "
				+ "where pp.participant_id = p.id and pp.account_id = :me))";
		StringBuilder where = new StringBuilder(" where (p.programme_id in (:visible) or " + caseload + ")");
		if (programme != null) {
			where.append(" and p.programme_id = :programme");
			params.put("programme", programme);
		}
		String from = " from participant p" + where;
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<Row> rows = total == 0 ? List.of() : jdbc.sql("select p.id, p.programme_id, p.first_name, p.last_name, "
				+ "p.phone, p.email, p.postal_code, p.waiting_since, case when " + caseload
				+ " or p.programme_id in (:coordinated) then 1 else 0 end as sees_contact" + from
				+ " order by p.first_name, p.id offset :offset rows fetch next :size rows only")
			.params(params)
			.param("offset", (long) paging.page() * paging.size())
			.param("size", paging.size())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getString("phone"), rs.getString("email"), rs.getString("postal_code"),
					rs.getObject("waiting_since", LocalDate.class), rs.getInt("sees_contact") == 1))
			.list();

		Set<Long> ids = rows.stream().map(Row::id).collect(Collectors.toSet());
		Map<Long, List<SpokenLanguage>> languages = languagesOf(ids);
		Map<Long, List<ParticipantNeedResponse>> needs = needsOf(ids);
		Map<Long, String> programmeNames = new HashMap<>();
		rows.stream().map(Row::programmeId).distinct()
			.forEach(id -> programmeNames.put(id, organisations.programme(id).name()));
		List<ParticipantResponse> items = rows.stream()
			.map(r -> new ParticipantResponse(r.id(), r.programmeId(), programmeNames.get(r.programmeId()), r.firstName(),
					r.postalCode(), languages.getOrDefault(r.id(), List.of()), needs.getOrDefault(r.id(), List.of()),
					r.waitingSince(), r.seesContact() ? new ParticipantContactResponse(r.lastName(), r.phone(), r.email())
							: null))
			.toList();
		return ParticipantPageResponse.of(items, paging.page(), paging.size(), total);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One participant's basic profile, if you may see it; contact details only for their "
			+ "professionals and the programme's coordinators")
	ParticipantResponse participant(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
		Participant p = access.basic(id, person.accountId());
		return new ParticipantResponse(p.getId(), p.getProgrammeId(), organisations.programme(p.getProgrammeId()).name(),
				p.getFirstName(), p.getPostalCode(),
				p.getLanguages().stream().sorted(Comparator.comparing(SpokenLanguage::language)).toList(),
				p.getNeeds().stream().map(n -> new ParticipantNeedResponse(n.domain(), n.priority())).toList(),
				p.getWaitingSince(), access.seesContact(p, person.accountId())
						? new ParticipantContactResponse(p.getLastName(), p.getPhone(), p.getEmail()) : null);
	}

	private Map<Long, List<SpokenLanguage>> languagesOf(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select participant_id, language, level from participant_language where participant_id in (:ids) "
				+ "order by participant_id, language")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("participant_id"),
					new SpokenLanguage(rs.getString("language"), LanguageLevel.valueOf(rs.getString("level")))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Most urgent first, then in the order of the life domains, as on the participant's page. */
	private Map<Long, List<ParticipantNeedResponse>> needsOf(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<ParticipantNeedResponse>> needs = jdbc.sql("select participant_id, life_domain, priority "
				+ "from participant_need where participant_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("participant_id"),
					new ParticipantNeedResponse(LifeDomain.valueOf(rs.getString("life_domain")), rs.getInt("priority"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		needs.values().forEach(list -> list.sort(Comparator.comparingInt(ParticipantNeedResponse::priority)
			.thenComparing(need -> need.domain().ordinal())));
		return needs;
	}
}
