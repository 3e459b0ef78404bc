package org.buddywerk.matching;

import java.util.List;

/**
 * One part of an explanation: a message key and its arguments. Arguments that are words (life domains, levels,
 * slots, languages) stay typed until {@link Explanations} renders them in the reader's language.
 */
record Reason(String key, List<Object> args) {

	static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args));
	}

	/** An ISO 639-1 language code, shown as the language's name. */
	record Language(String code) {
	}
}
