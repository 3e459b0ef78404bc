package org.buddywerk.volunteers;

import org.buddywerk.platform.WeekSlot;

import java.util.Locale;

/**
 * What the coordinator narrows the board to. Only the programme is required; {@code postalArea} matches the
 * start of a postal code ("90" finds 9000 and 9050); {@code expiringSoon} keeps screenings ending within 30 days.
 */
public record BoardFilter(long programmeId, VolunteerStatus status, String language, String postalArea,
		WeekSlot slot, boolean expiringSoon) {

	public BoardFilter {
		// a language code is two or three letters; anything else in the box filters on nothing
		language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
		language = language == null || !language.matches("[a-z]{2,3}") ? null : language;
		postalArea = postalArea == null || postalArea.isBlank() ? null : postalArea.strip().replaceAll("[^0-9A-Za-z]", "");
		postalArea = postalArea == null || postalArea.isEmpty() ? null : postalArea.toUpperCase(Locale.ROOT);
	}

	public static BoardFilter of(long programmeId) {
		return new BoardFilter(programmeId, null, null, null, null, false);
	}
}
