package org.buddywerk.matching.geo;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole postal-code table as a test found it, to put back afterwards: the test context is shared, and the
 * rest of the suite expects the default rows.
 */
record SavedTable(List<PostalCodeRow> rows) {

	static SavedTable of(JdbcTemplate jdbc) {
		return new SavedTable(jdbc.query(
				"select country, code, place, latitude, longitude from postal_code order by country, code",
				(rs, n) -> new PostalCodeRow(new PostalCode(rs.getString("country"), rs.getString("code")), rs.getString("place"),
						new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")))));
	}

	void restore(JdbcTemplate jdbc, PostalCodeTable table) {
		jdbc.update("delete from postal_code");
		rows.stream().collect(Collectors.groupingBy(row -> row.postalCode().country())).forEach(table::replace);
	}
}
