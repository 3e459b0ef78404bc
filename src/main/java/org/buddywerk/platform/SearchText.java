package org.buddywerk.platform;

import java.util.Locale;

/** Turns what a person typed in a search box into a LIKE pattern that matches it literally (control characters dropped). */
public final class SearchText {

	private SearchText() {
	}

	/** {@code "50%_a"} becomes {@code "%50\%\_a%"}, lower-cased; use with {@code escape '\'}. */
	public static String containsPattern(String typed) {
		String text = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
