package org.buddywerk.volunteers;

import java.util.List;
import java.util.Set;

import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.LifeDomain;

/**
 * A volunteer as their coordinator sees them: what they told us about themselves, and their enrolments in the
 * coordinator's own programmes only (other programmes are other coordinators' business).
 */
record VolunteerProfileResponse(long id, String name, String email, String phone, String postalCode,
		List<SpokenLanguage> languages, Set<LifeDomain> domains, List<WeekSlot> slots, int travelKm, int capacity,
		String boundaries, String about, List<VolunteerEnrolmentResponse> enrolments) {
}
