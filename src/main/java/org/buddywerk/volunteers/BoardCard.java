package org.buddywerk.volunteers;

import java.time.Instant;
import java.time.LocalDate;

/** A volunteer on the coordinator's board: enough to recognise them and see what needs doing. */
public record BoardCard(long enrolmentId, long volunteerId, String name, String postalCode, VolunteerStatus status,
		Instant statusSince, LocalDate screeningValidUntil, boolean screeningExpiring, boolean screeningExpired,
		Long coachAccountId) {
}
