package org.buddywerk.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.buddywerk.platform.Today;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's board: counts per status and the first cards of each column, in two SQL queries whatever
 * the number of volunteers (a window function picks the first cards per column). Plain SQL that runs on H2 and
 * PostgreSQL alike, over the indexes of migration V3.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerBoard {

	/** Counts per column and the first cards of each. */
	public record Board(Map<VolunteerStatus, Long> counts, Map<VolunteerStatus, List<BoardCard>> columns) {

		public long total() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private static final RowMapper<BoardCard> CARD = (rs, row) -> new BoardCard(rs.getLong("enrolment_id"),
			rs.getLong("volunteer_id"), rs.getString("name"), rs.getString("postal_code"),
			VolunteerStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_since").toInstant(),
			rs.getObject("screening_valid_until", LocalDate.class), rs.getBoolean("screening_expiring"),
			rs.getBoolean("screening_expired"), (Long) rs.getObject("coach_account_id", Long.class));

	private final JdbcClient jdbc;

	private final Clock clock;

	VolunteerBoard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Board board(BoardFilter filter, int cardsPerColumn) {
		Where where = where(filter);
		Map<VolunteerStatus, Long> counts = new EnumMap<>(VolunteerStatus.class);
		VolunteerStatus.BOARD.forEach(s -> counts.put(s, 0L));
		where.bind(jdbc.sql("select e.status, count(*) as n from enrolment e join volunteer v on v.id = e.volunteer_id "
				+ where.sql + " group by e.status"))
			.query((rs, row) -> Map.entry(VolunteerStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));

		Map<VolunteerStatus, List<BoardCard>> columns = new EnumMap<>(VolunteerStatus.class);
		VolunteerStatus.BOARD.forEach(s -> columns.put(s, new ArrayList<>()));
		where.bind(jdbc.sql("select * from (select e.id as enrolment_id, v.id as volunteer_id, v.name, v.postal_code, "
				+ "e.status, e.status_since, e.screening_valid_until, e.screening_expiring, e.screening_expired, "
				+ "e.coach_account_id, row_number() over (partition by e.status order by e.status_since, e.id) as place "
				+ "from enrolment e join volunteer v on v.id = e.volunteer_id " + where.sql + ") ranked "
				+ "where place <= :cards order by status_since, enrolment_id"))
			.param("cards", cardsPerColumn)
			.query(CARD)
			.list()
			.forEach(card -> columns.get(card.status()).add(card));
		return new Board(counts, columns);
	}

	/** One column, a page at a time, longest in that status first. */
	public List<BoardCard> column(BoardFilter filter, VolunteerStatus status, int page, int size) {
		Where where = where(new BoardFilter(filter.programmeId(), status, filter.language(), filter.postalArea(),
				filter.slot(), filter.expiringSoon()));
		return where.bind(jdbc.sql("select e.id as enrolment_id, v.id as volunteer_id, v.name, v.postal_code, e.status, "
				+ "e.status_since, e.screening_valid_until, e.screening_expiring, e.screening_expired, e.coach_account_id "
				+ "from enrolment e join volunteer v on v.id = e.volunteer_id " + where.sql
				+ " order by e.status_since, e.id offset :offset rows fetch next :size rows only"))
			.param("offset", (long) page * size)
			.param("size", size)
			.query(CARD)
			.list();
	}

	private Where where(BoardFilter filter) {
		StringBuilder sql = new StringBuilder(" where e.programme_id = :programme");
		Map<String, Object> params = new java.util.HashMap<>(Map.of("programme", filter.programmeId()));
		if (filter.status() != null) {
			sql.append(" and e.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from volunteer_language l where l.volunteer_id = v.id and l.language = :language)");
			params.put("language", filter.language());
		}
		if (filter.postalArea() != null) {
			sql.append(" and v.postal_code like :postal");
			params.put("postal", filter.postalArea() + "%");
		}
		if (filter.slot() != null) {
			sql.append(" and exists (select 1 from volunteer_slot s where s.volunteer_id = v.id and s.slot = :slot)");
			params.put("slot", filter.slot().name());
		}
		if (filter.expiringSoon()) {
			LocalDate today = Today.on(clock);
			sql.append(" and e.screening_valid_until between :today and :horizon");
			params.put("today", today);
			params.put("horizon", today.plusDays(30));
		}
		return new Where(sql.toString(), params);
	}

	private record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(params);
		}
	}
}
