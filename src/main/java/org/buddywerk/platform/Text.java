package org.buddywerk.platform;

/** Free text as typed in a form: surrounding blanks dropped, an empty field stored as nothing. */
public final class Text {

	private Text() {
	}

	public static String orNull(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}
}
