package org.buddywerk.matching.geo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal code as the table keys it: country and code in upper case without spaces, a Dutch code by its four
 * digits (the letters name a street, far finer than the distances matching needs).
 */
record PostalCode(String country, String code) {

	static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** Once the spaces are gone, the postal codes of every country are letters, digits and dashes. */
	private static final Pattern CODE = Pattern.compile("[0-9A-Z-]{1,10}");

	private static final Pattern DUTCH = Pattern.compile("(\\d{4})[A-Z]{2}");

	/** "B-9000", "NL-1012AB", "BE9000": a country before the code. */
	private static final Pattern PREFIXED = Pattern.compile("([A-Z]{1,2})-(.+)|([A-Z]{2})(\\d{4}.*)");

	/** The one-letter country signs people still write before a code. */
	private static final Map<String, String> SIGNS = Map.of("B", "BE", "D", "DE", "F", "FR", "L", "LU");

	private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");

	/**
	 * What a person typed: "9000", " b-9000 ", "1012 ab", "NL-1012". Without a country it is in the default
	 * country, unless it has the Dutch form. Nothing for what cannot be a postal code.
	 */
	static Optional<PostalCode> parse(String typed, String defaultCountry) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = compact(typed);
		Matcher prefixed = PREFIXED.matcher(text);
		if (prefixed.matches()) {
			return prefixed.group(1) != null ? of(SIGNS.getOrDefault(prefixed.group(1), prefixed.group(1)), prefixed.group(2))
					: of(prefixed.group(3), prefixed.group(4));
		}
		return of(DUTCH.matcher(text).matches() ? "NL" : defaultCountry, text);
	}

	/** A code of a known country, as a file lists it: "1012 AB" in NL is 1012. */
	static Optional<PostalCode> of(String country, String code) {
		String text = compact(code);
		Matcher dutch = DUTCH.matcher(text);
		if (country.equals("NL") && dutch.matches()) {
			text = dutch.group(1);
		}
		return COUNTRY.matcher(country).matches() && CODE.matcher(text).matches() ? Optional.of(new PostalCode(country, text))
				: Optional.empty();
	}

	private static String compact(String typed) {
		return BLANKS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
	}
}
