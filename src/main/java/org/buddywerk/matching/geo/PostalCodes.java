package org.buddywerk.matching.geo;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Where the postal codes people typed lie. A code that is malformed or not in the table is simply absent: the
 * caller then falls back to "same postal code or not".
 */
@Service
public class PostalCodes {

	private final PostalCodeTable table;

	private final GeoProperties properties;

	PostalCodes(PostalCodeTable table, GeoProperties properties) {
		this.table = table;
		this.properties = properties;
	}

	/** The coordinates of each code found, keyed by the code exactly as given; one query for all of them. */
	public Map<String, Coordinates> locate(Collection<String> postalCodes) {
		Map<String, PostalCode> parsed = new HashMap<>();
		postalCodes.stream().filter(Objects::nonNull).distinct().forEach(typed -> PostalCode
			.parse(typed, properties.defaultCountry()).ifPresent(code -> parsed.put(typed, code)));
		Map<PostalCode, Coordinates> found = table.coordinates(Set.copyOf(parsed.values()));
		Map<String, Coordinates> located = new HashMap<>();
		parsed.forEach((typed, code) -> Optional.ofNullable(found.get(code)).ifPresent(c -> located.put(typed, c)));
		return located;
	}

	public Optional<Coordinates> locate(String postalCode) {
		return Optional.ofNullable(locate(Collections.singleton(postalCode)).get(postalCode));
	}
}
