package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A required training the volunteer followed: when, and for how many hours. */
@Embeddable
public record CompletedTraining(@Column(name = "training_id") Long trainingId,
		@Column(name = "completed_on") LocalDate completedOn, @Column(name = "hours") BigDecimal hours) {
}
