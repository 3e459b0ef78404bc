package org.buddywerk.matching.geo;

/** Why an uploaded file is refused as a whole: a message key of {@code geo.properties} and its arguments. */
class RejectedFile extends RuntimeException {

	private final transient Object[] arguments;

	RejectedFile(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.arguments = arguments;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
