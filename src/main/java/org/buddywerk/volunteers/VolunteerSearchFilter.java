package org.buddywerk.volunteers;

import org.buddywerk.platform.WeekSlot;

/**
 * What the API narrows a coordinator's volunteers to, within the programmes asked for; language and postal
 * area are read exactly as the board reads them ({@link BoardFilter}).
 */
record VolunteerSearchFilter(VolunteerStatus status, String language, String postalArea, WeekSlot slot,
		boolean expiringSoon) {

	VolunteerSearchFilter {
		BoardFilter same = new BoardFilter(0, status, language, postalArea, slot, expiringSoon);
		language = same.language();
		postalArea = same.postalArea();
	}
}
