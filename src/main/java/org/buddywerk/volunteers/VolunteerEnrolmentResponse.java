package org.buddywerk.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where a volunteer stands in one programme: status since when, screening, coach and completed trainings. */
record VolunteerEnrolmentResponse(long enrolmentId, long programmeId, String programmeName, VolunteerStatus status,
		Instant since, ScreeningKind screeningKind, LocalDate screeningIssuedOn, LocalDate screeningValidUntil,
		boolean screeningExpiring, boolean screeningExpired, Long coachAccountId,
		List<VolunteerTrainingResponse> trainings) {
}
