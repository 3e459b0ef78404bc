package org.buddywerk.matching.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.platform.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code postal_code} table, in plain SQL: it is a lookup table, not a domain entity. */
@Repository
class PostalCodeTable {

	/** Rows per JDBC batch: large enough that a country of 100,000 codes needs only a hundred round trips. */
	private static final int BATCH = 1_000;

	private static final RowMapper<PostalCodeRow> ROW = (rs, n) -> new PostalCodeRow(
			new PostalCode(rs.getString("country"), rs.getString("code")), rs.getString("place"),
			new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")));

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	PostalCodeTable(JdbcClient sql, JdbcTemplate jdbc) {
		this.sql = sql;
		this.jdbc = jdbc;
	}

	/**
	 * The coordinates of the codes that are in the table. Filtering on countries and codes apart keeps it one
	 * query on both databases; the few rows of another country that slip through are dropped here.
	 */
	Map<PostalCode, Coordinates> coordinates(Set<PostalCode> codes) {
		Map<PostalCode, Coordinates> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		sql.sql("select country, code, place, latitude, longitude from postal_code where country in (:countries) and code in (:codes)")
			.param("countries", codes.stream().map(PostalCode::country).distinct().toList())
			.param("codes", codes.stream().map(PostalCode::code).distinct().toList())
			.query(ROW)
			.list()
			.stream()
			.filter(row -> codes.contains(row.postalCode()))
			.forEach(row -> found.put(row.postalCode(), row.coordinates()));
		return found;
	}

	/** A country in the table and how many postal codes it has. */
	record Country(String country, int postalCodes) {
	}

	List<Country> countries() {
		return sql.sql("select country, count(*) as codes from postal_code group by country order by country")
			.query((rs, n) -> new Country(rs.getString("country"), rs.getInt("codes")))
			.list();
	}

	int count(String country) {
		return sql.sql("select count(*) from postal_code where country = ?").param(country).query(Integer.class).single();
	}

	/** Codes that start with the code typed, or places whose name contains the text typed; by country and code. */
	Page<PostalCodeRow> search(String typed, String defaultCountry, Pageable page) {
		String prefix = PostalCode.parse(typed, defaultCountry).map(code -> code.code() + "%").orElse("");
		String where = " from postal_code where code like :prefix or lower(place) like :place escape '\\'";
		long total = sql.sql("select count(*)" + where).param("prefix", prefix)
			.param("place", SearchText.containsPattern(typed)).query(Long.class).single();
		List<PostalCodeRow> rows = sql.sql("select country, code, place, latitude, longitude" + where
				+ " order by country, code limit :size offset :offset")
			.param("prefix", prefix)
			.param("place", SearchText.containsPattern(typed))
			.param("size", page.getPageSize())
			.param("offset", page.getOffset())
			.query(ROW)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Replaces all codes of one country at once: a failure leaves the old ones in place. */
	@Transactional
	int replace(String country, Collection<PostalCodeRow> rows) {
		int replaced = jdbc.update("delete from postal_code where country = ?", country);
		jdbc.batchUpdate("insert into postal_code (country, code, place, latitude, longitude) values (?, ?, ?, ?, ?)",
				rows, BATCH, (statement, row) -> {
					statement.setString(1, row.postalCode().country());
					statement.setString(2, row.postalCode().code());
					statement.setString(3, row.place());
					statement.setDouble(4, row.coordinates().latitude());
					statement.setDouble(5, row.coordinates().longitude());
				});
		return replaced;
	}
}
