package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A required training the volunteer completed. */
record VolunteerTrainingResponse(long trainingId, String name, LocalDate completedOn, BigDecimal hours) {
}
