package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.buddywerk.platform.WeekSlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's rules on the entity itself, without Spring or a database. */
class EnrolmentRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final Set<Long> REQUIRED = Set.of(1L, 2L);

	@Test
	void aNewApplicantNeedsEverythingBeforeBecomingAvailable() {
		Enrolment enrolment = new Enrolment(1, 1, Instant.now());
		assertThat(enrolment.missingFor(VolunteerStatus.AVAILABLE, TODAY, REQUIRED)).containsExactly(
				"pipeline.missing.intake", "pipeline.missing.screening", "pipeline.missing.training",
				"pipeline.missing.coach");
	}

	@Test
	void noVolunteerBecomesAvailableWithoutAValidScreeningEvenWithEverythingElse() {
		Enrolment enrolment = complete();
		enrolment.recordScreening(ScreeningKind.NL_VOG, TODAY.minusYears(4), TODAY.minusDays(1));
		assertThat(enrolment.missingFor(VolunteerStatus.AVAILABLE, TODAY, REQUIRED))
			.containsExactly("pipeline.missing.screeningExpired");
	}

	@Test
	void noVolunteerBecomesAvailableWithoutEveryRequiredTraining() {
		Enrolment enrolment = complete();
		assertThat(enrolment.missingFor(VolunteerStatus.AVAILABLE, TODAY, Set.of(1L, 2L, 3L)))
			.containsExactly("pipeline.missing.training");
	}

	@Test
	void withIntakeScreeningTrainingsAndCoachTheVolunteerMayBecomeAvailable() {
		assertThat(complete().missingFor(VolunteerStatus.AVAILABLE, TODAY, REQUIRED)).isEmpty();
	}

	@Test
	void aDeclinedIntakeIsNoIntake() {
		Enrolment enrolment = new Enrolment(1, 1, Instant.now());
		enrolment.recordIntake(TODAY, "no", IntakeDecision.DECLINED);
		assertThat(enrolment.missingFor(VolunteerStatus.INTAKE_DONE, TODAY, REQUIRED)).containsExactly("pipeline.missing.intake");
	}

	@Test
	void anExpiredScreeningBlocksMatchingOfAnAvailableVolunteer() {
		Enrolment enrolment = complete();
		enrolment.moveTo(VolunteerStatus.AVAILABLE, null, Instant.now());
		assertThat(enrolment.matchableOn(TODAY)).isTrue();
		assertThat(enrolment.matchableOn(TODAY.plusYears(3).plusDays(1))).isFalse();
	}

	@Test
	void aScreeningIssuedInTheFutureDoesNotCountYet() {
		Enrolment enrolment = complete();
		enrolment.recordScreening(ScreeningKind.OTHER, TODAY.plusDays(3), TODAY.plusYears(3));
		assertThat(enrolment.screeningValidOn(TODAY)).isFalse();
	}

	@Test
	void aPausedVolunteerGoesBackToWhereTheyWere() {
		Enrolment enrolment = complete();
		enrolment.moveTo(VolunteerStatus.TRAINED, null, Instant.now());
		enrolment.pause("exams", Instant.now());
		assertThat(enrolment.missingFor(VolunteerStatus.AVAILABLE, TODAY, REQUIRED)).containsExactly("pipeline.missing.notActive");
		enrolment.resume(Instant.now());
		assertThat(enrolment.getStatus()).isEqualTo(VolunteerStatus.TRAINED);
	}

	@Test
	void theSlotGridMapsDaysAndPartsBothWays() {
		for (WeekSlot slot : WeekSlot.values()) {
			assertThat(WeekSlot.of(slot.day(), slot.part())).isEqualTo(slot);
		}
		assertThat(WeekSlot.WEDNESDAY_EVENING.day()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
		assertThat(WeekSlot.WEDNESDAY_EVENING.part()).isEqualTo(WeekSlot.Part.EVENING);
	}

	private static Enrolment complete() {
		Enrolment enrolment = new Enrolment(1, 1, Instant.now());
		enrolment.recordIntake(TODAY.minusDays(30), null, IntakeDecision.ACCEPTED);
		enrolment.recordScreening(ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2, TODAY.minusDays(20), TODAY.plusYears(3));
		enrolment.recordTraining(new CompletedTraining(1L, TODAY.minusDays(10), new BigDecimal("3")));
		enrolment.recordTraining(new CompletedTraining(2L, TODAY.minusDays(9), new BigDecimal("2.5")));
		enrolment.assignCoach(99L);
		return enrolment;
	}
}
