package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.SearchText;
import org.buddywerk.platform.Today;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant lists: a professional's caseload, a programme's participants with filters, and who waits for a
 * buddy. One query for a page of participants, one for the count, and one each for the languages and needs of
 * that page, whatever the number of participants. Plain SQL for H2 and PostgreSQL, over the indexes of V7 and
 * V8. Rows carry only what lists may show: never contact details, never the restricted profile.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantList {

	/** The sort keys lists accept. */
	public static final Set<String> SORTABLE = Set.of("waitingSince", "firstName");

	/** One participant in a list. */
	public record Row(long id, String firstName, String postalCode, List<String> languages, List<LifeDomain> topNeeds,
			LocalDate waitingSince, Long daysWaiting) {
	}

	/**
	 * What a list is narrowed to. {@code programmeIds} are those the reader may see (never empty here);
	 * {@code postalArea} matches the start of a postal code; {@code minDaysWaiting} keeps those waiting at least
	 * that long.
	 */
	public record Filter(Collection<Long> programmeIds, String q, LifeDomain domain, String language,
			String postalArea, Integer minDaysWaiting, boolean waitingOnly) {

		public Filter {
			q = q == null || q.isBlank() ? null : q;
			language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
			language = language == null || !language.matches("[a-z]{2,3}") ? null : language;
			postalArea = postalArea == null ? null : postalArea.strip().replaceAll("[^0-9A-Za-z]", "");
			postalArea = postalArea == null || postalArea.isEmpty() || postalArea.length() > 10 ? null
					: postalArea.toUpperCase(Locale.ROOT);
			minDaysWaiting = minDaysWaiting == null || minDaysWaiting < 0 || minDaysWaiting > 36_500 ? null
					: minDaysWaiting;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ParticipantList(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The professional's own participants: those they are the contact for, or share the case of. */
	public Page<Row> caseload(long accountId, Paging paging) {
		return page(" where (p.contact_professional_id = :me or p.id in "
				+ "(select pp.participant_id from participant_professional pp where pp.account_id = :me))",
				new HashMap<>(Map.of("me", accountId)), paging);
	}

	/** The participants of these programmes, narrowed by the filter. */
	public Page<Row> search(Filter filter, Paging paging) {
		StringBuilder sql = new StringBuilder(" where p.programme_id in (:programmes)");
		Map<String, Object> params = new HashMap<>();
		params.put("programmes", List.copyOf(filter.programmeIds()));
		if (filter.q() != null) {
			sql.append(" and lower(p.first_name) like :q escape '\\'");
			params.put("q", SearchText.containsPattern(filter.q()));
		}
		if (filter.domain() != null) {
			sql.append(" and exists (select 1 from participant_need n where n.participant_id = p.id and n.life_domain = :domain)");
			params.put("domain", filter.domain().name());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from participant_language l where l.participant_id = p.id and l.language = :language)");
			params.put("language", filter.language());
		}
		if (filter.postalArea() != null) {
			sql.append(" and p.postal_code like :postal");
			params.put("postal", filter.postalArea() + "%");
		}
		if (filter.minDaysWaiting() != null) {
			sql.append(" and p.waiting_since <= :waitedSince");
			params.put("waitedSince", Today.on(clock).minusDays(filter.minDaysWaiting()));
		}
		if (filter.waitingOnly()) {
			sql.append(" and p.waiting_since is not null");
		}
		return page(sql.toString(), params, paging);
	}

	private Page<Row> page(String where, Map<String, Object> params, Paging paging) {
		long total = jdbc.sql("select count(*) from participant p" + where).params(params).query(Long.class).single();
		String direction = "desc".equals(paging.dir()) ? "desc" : "asc";
		String order = "firstName".equals(paging.sort()) ? "lower(p.first_name) " + direction + ", p.id"
				: "p.waiting_since " + direction + " nulls last, p.id";
		LocalDate today = Today.on(clock);
		List<Row> bare = total == 0 ? List.of()
				: jdbc.sql("select p.id, p.first_name, p.postal_code, p.waiting_since from participant p" + where
						+ " order by " + order + " offset :offset rows fetch next :size rows only")
					.params(params)
					.param("offset", (long) paging.page() * paging.size())
					.param("size", paging.size())
					.query((rs, n) -> {
						LocalDate since = rs.getObject("waiting_since", LocalDate.class);
						return new Row(rs.getLong("id"), rs.getString("first_name"), rs.getString("postal_code"),
								List.of(), List.of(), since, since == null ? null : ChronoUnit.DAYS.between(since, today));
					})
					.list();
		List<Row> rows = withLanguagesAndNeeds(bare);
		return new PageImpl<>(rows, paging.request(), total);
	}

	private List<Row> withLanguagesAndNeeds(List<Row> bare) {
		if (bare.isEmpty()) {
			return bare;
		}
		List<Long> ids = bare.stream().map(Row::id).toList();
		Map<Long, List<String>> languages = new HashMap<>();
		jdbc.sql("select participant_id, language from participant_language where participant_id in (:ids) "
				+ "order by participant_id, language")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("participant_id"), rs.getString("language")))
			.list()
			.forEach(e -> languages.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<LifeDomain>> needs = new LinkedHashMap<>();
		jdbc.sql("select participant_id, life_domain from participant_need where participant_id in (:ids) "
				+ "order by participant_id, priority, life_domain")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("participant_id"), LifeDomain.valueOf(rs.getString("life_domain"))))
			.list()
			.forEach(e -> needs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return bare.stream()
			.map(r -> new Row(r.id(), r.firstName(), r.postalCode(), languages.getOrDefault(r.id(), List.of()),
					needs.getOrDefault(r.id(), List.of()).stream().limit(3).toList(), r.waitingSince(), r.daysWaiting()))
			.toList();
	}
}
