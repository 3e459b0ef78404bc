package org.buddywerk.volunteers;

import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer in the API's list: one item per volunteer and programme, since the status belongs to the
 * programme. Expiring and expired are worked out for today, not read from last night's flags.
 */
record VolunteerSummaryResponse(long volunteerId, String name, String postalCode, List<SpokenLanguage> languages,
		List<WeekSlot> slots, long enrolmentId, long programmeId, String programmeName, VolunteerStatus status,
		Instant since, LocalDate screeningValidUntil, boolean screeningExpiring, boolean screeningExpired,
		Long coachAccountId) {
}
