package org.buddywerk.platform;

import java.util.List;

/**
 * The ISO 639-1 languages offered in forms: those most spoken by volunteers and newcomers in Belgium and the
 * Netherlands. A short list keeps the choice usable on a phone; more can be added here.
 */
public final class SpokenLanguages {

	public static final List<String> CODES = List.of("nl", "fr", "en", "de", "ar", "uk", "ru", "tr", "fa", "ps",
			"ti", "so", "am", "ku", "es", "pt", "pl", "ro", "bg", "it", "sq", "sr", "hr", "bs", "el", "ur", "hi",
			"bn", "zh", "vi", "ta", "ne", "sw", "ha", "yo", "ig", "ln", "rw", "ka", "hy", "az", "he");

	private SpokenLanguages() {
	}

	/** Each code with the language's name in the reader's language, in the order of {@link #CODES}. */
	public static java.util.Map<String, String> names(java.util.Locale reader) {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		CODES.forEach(code -> names.put(code, java.util.Locale.forLanguageTag(code).getDisplayLanguage(reader)));
		return names;
	}
}
