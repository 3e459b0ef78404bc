package org.buddywerk.matching.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One country's postal codes read from an uploaded file, every line checked before anything is written: a
 * GeoNames postal-code dump (tab-separated, twelve columns, no header) or its CSV form with a header line, as in
 * {@code shared/data/geo}. Where a code has several places (and, in a Dutch "full" file, many streets), its row
 * has their mean coordinates and the first place name.
 */
record PostalCodeFile(List<PostalCodeRow> rows, int lines) {

	static final int MAX_PLACE = 200;

	private static final Layout GEONAMES = new Layout(false, 12, 0, 1, 2, 9, 10);

	private static final List<String> CSV_COLUMNS = List.of("country_code", "zipcode", "place", "latitude", "longitude");

	/** Decimal degrees as GeoNames writes them; no exponents, NaN or hexadecimal that Java would also parse. */
	private static final Pattern DEGREES = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");

	/** What the decoder puts where bytes are not UTF-8; checked line by line, so the message names the line. */
	private static final char NOT_UTF8 = '\uFFFD';

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Where the columns are, and whether fields are comma-separated and quoted or separated by tabs. */
	private record Layout(boolean csv, int columns, int country, int code, int place, int latitude, int longitude) {
	}

	/** A postal code's places so far: the first name, and the sums for the mean. */
	private static final class Places {

		final String first;

		double latitudes;

		double longitudes;

		int count;

		Places(String first) {
			this.first = first;
		}
	}

	/** Reads the whole file; a bad line refuses it, naming the line (counted from 1, the header included). */
	static PostalCodeFile read(InputStream in, String country) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		Map<PostalCode, Places> codes = new LinkedHashMap<>();
		Layout layout = null;
		int number = 0;
		try {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.indexOf(NOT_UTF8) >= 0) {
					throw new RejectedFile("postalCodes.error.encoding", number);
				}
				if (line.isBlank()) {
					continue;
				}
				if (layout == null) {
					layout = layoutOf(line, number);
					if (layout.csv()) {
						continue;
					}
				}
				add(codes, fields(line, layout, number), layout, country, number);
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		if (codes.isEmpty()) {
			throw new RejectedFile("postalCodes.error.empty");
		}
		List<PostalCodeRow> rows = new ArrayList<>(codes.size());
		codes.forEach((code, places) -> rows.add(new PostalCodeRow(code, places.first,
				new Coordinates(places.latitudes / places.count, places.longitudes / places.count))));
		return new PostalCodeFile(rows, number);
	}

	/** A tab makes it GeoNames; otherwise it must be the CSV header, which says where the columns are. */
	private static Layout layoutOf(String first, int number) {
		if (first.indexOf('\t') >= 0) {
			return GEONAMES;
		}
		List<String> header = csv(first, number).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		if (!header.contains("country_code")) {
			throw new RejectedFile("postalCodes.error.format");
		}
		for (String column : CSV_COLUMNS) {
			if (!header.contains(column)) {
				throw new RejectedFile("postalCodes.error.header", column);
			}
		}
		return new Layout(true, header.size(), header.indexOf("country_code"), header.indexOf("zipcode"),
				header.indexOf("place"), header.indexOf("latitude"), header.indexOf("longitude"));
	}

	private static List<String> fields(String line, Layout layout, int number) {
		List<String> fields = layout.csv() ? csv(line, number) : Arrays.asList(line.split("\t", -1));
		if (fields.size() != layout.columns()) {
			throw new RejectedFile("postalCodes.error.columns", number, fields.size(), layout.columns());
		}
		return fields;
	}

	private static void add(Map<PostalCode, Places> codes, List<String> fields, Layout layout, String country, int number) {
		if (!fields.get(layout.country()).strip().equalsIgnoreCase(country)) {
			throw new RejectedFile("postalCodes.error.otherCountry", number, country);
		}
		PostalCode code = PostalCode.of(country, fields.get(layout.code()))
			.orElseThrow(() -> new RejectedFile("postalCodes.error.code", number));
		String place = fields.get(layout.place()).strip();
		if (place.length() > MAX_PLACE || CONTROL.matcher(place).find()) {
			throw new RejectedFile("postalCodes.error.place", number, MAX_PLACE);
		}
		double latitude = degrees(fields.get(layout.latitude()), 90, "postalCodes.error.latitude", number);
		double longitude = degrees(fields.get(layout.longitude()), 180, "postalCodes.error.longitude", number);
		Places places = codes.computeIfAbsent(code, c -> new Places(place));
		places.latitudes += latitude;
		places.longitudes += longitude;
		places.count++;
	}

	private static double degrees(String field, int limit, String error, int number) {
		String text = field.strip();
		double value = DEGREES.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
		if (!(Math.abs(value) <= limit)) {
			throw new RejectedFile(error, number);
		}
		return value;
	}

	/** One line of CSV: fields separated by commas, quoted with doubled quotes inside. */
	private static List<String> csv(String line, int number) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new RejectedFile("postalCodes.error.quote", number);
		}
		fields.add(field.toString());
		return fields;
	}
}
