package org.buddywerk.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the user interface speaks. Dutch is the default. */
public final class Languages {

	public static final Locale DEFAULT = Locale.forLanguageTag("nl");

	/** The supported language codes, for validating a form field. */
	public static final String PATTERN = "nl|fr|en|uk|ar";

	public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.forLanguageTag("fr"),
			Locale.forLanguageTag("en"), Locale.forLanguageTag("uk"), Locale.forLanguageTag("ar"));

	private Languages() {
	}

	/** The supported language for a tag such as {@code "fr"} or {@code "fr-BE"}, if any. */
	public static Optional<Locale> find(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
	}

	public static boolean rightToLeft(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}
}
