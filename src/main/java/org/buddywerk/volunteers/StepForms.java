package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of the coordinator's pipeline steps; each carries the version of the enrolment it was read from. */
final class StepForms {

	private StepForms() {
	}

	record IntakeForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate on, @PlainText @Size(max = 4000) String notes,
			@NotNull IntakeDecision decision, @NotNull Long version) {
	}

	record ScreeningForm(@NotNull ScreeningKind kind, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn,
			@DateTimeFormat(iso = ISO.DATE) LocalDate validUntil, @NotNull Long version) {
	}

	record TrainingForm(@NotNull Long trainingId, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate completedOn,
			@NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal hours, @NotNull Long version) {
	}

	record CoachForm(@NotNull Long coachAccountId, @NotNull Long version) {
	}

	record ReasonForm(@PlainText @NotBlank @Size(max = 1000) String reason, @NotNull Long version) {
	}

	/** Stopping ends the volunteer's account when no other programme is active: it must be confirmed. */
	record StopForm(@PlainText @NotBlank @Size(max = 1000) String reason,
			@jakarta.validation.constraints.AssertTrue(message = "{stop.confirm.required}") Boolean confirmed,
			@NotNull Long version) {

		StopForm {
			confirmed = Boolean.TRUE.equals(confirmed);
		}
	}

	record StandbyContactForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate on,
			@PlainText @NotBlank @Size(max = 1000) String note) {
	}

	record CheckinForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate on,
			@PlainText @NotBlank @Size(max = 4000) String note) {
	}
}
