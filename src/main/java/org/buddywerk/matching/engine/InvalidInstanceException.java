package org.buddywerk.matching.engine;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An instance the engine refuses, with a message key of the bundle {@code messages/engine} and its
 * arguments, so that a caller can say what is wrong in the reader's language; {@link #getMessage()} says it in
 * English. Arguments are strings, so that no language formats an id or a number differently.
 */
public class InvalidInstanceException extends RuntimeException {

	private static final String BUNDLE = "messages.engine";

	private final String key;

	private final String[] arguments;

	public InvalidInstanceException(String key, Object... arguments) {
		this(key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
	}

	private InvalidInstanceException(String key, String[] arguments) {
		super(english(key, arguments));
		this.key = key;
		this.arguments = arguments;
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	private static String english(String key, String[] arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
				InvalidInstanceException.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
	}
}
