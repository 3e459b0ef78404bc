package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: made-up volunteers at every stage of the Woonbuddy's pipeline (all but MATCHED, which
 * comes with matching), so that the board, the standby pool and the coach's page have something to show. The
 * demo buddy account is one of the available ones; Marie's screening expires within 30 days.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "buddywerk.mode", havingValue = "demo", matchIfMissing = true)
class DemoVolunteers implements ApplicationRunner {

	private final VolunteerRepository volunteers;

	private final EnrolmentRepository enrolments;

	private final RequiredTrainingRepository trainings;

	private final Pipeline pipeline;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	DemoVolunteers(VolunteerRepository volunteers, EnrolmentRepository enrolments, RequiredTrainingRepository trainings,
			Pipeline pipeline, OrganisationDirectory organisations, People people, Clock clock) {
		this.volunteers = volunteers;
		this.enrolments = enrolments;
		this.trainings = trainings;
		this.pipeline = pipeline;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ProgrammeView woon = organisations.programmesOf(organisations.allOrganisations().stream()
				.filter(o -> o.name().equals("Welzijn Demo")).map(o -> o.id()).toList())
			.stream().filter(p -> p.name().equals("Woonbuddy's")).findFirst().orElse(null);
		Long coordinator = people.accountIdOf("coordinator@demo.buddywerk.org").orElse(null);
		Long coach = people.accountIdOf("coach@demo.buddywerk.org").orElse(null);
		if (woon == null || coordinator == null || coach == null || volunteers.findByEmail("olena@demo.buddywerk.org").isPresent()) {
			return;
		}
		List<RequiredTraining> required = List.of(
				trainings.save(new RequiredTraining(woon.id(), "Basisopleiding buddywerking")),
				trainings.save(new RequiredTraining(woon.id(), "Grenzen, privacy en doorverwijzen")));
		LocalDate today = Today.on(clock);

		volunteer("ingrid@demo.buddywerk.org", "Ingrid Peeters", "9000", Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)),
				woon, null);
		Enrolment youssef = volunteer("youssef@demo.buddywerk.org", "Youssef El Amrani", "9040",
				Set.of(new SpokenLanguage("ar", LanguageLevel.NATIVE), new SpokenLanguage("nl", LanguageLevel.GOOD)), woon, null);
		intake(youssef, coordinator, today.minusDays(20));
		Enrolment olena = volunteer("olena@demo.buddywerk.org", "Olena Shevchenko", "9050",
				Set.of(new SpokenLanguage("uk", LanguageLevel.NATIVE), new SpokenLanguage("en", LanguageLevel.GOOD)), woon, null);
		intake(olena, coordinator, today.minusDays(40));
		pipeline.recordScreening(olena.getId(), olena.getVersion(), coordinator, ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2,
				today.minusDays(30), null);
		Enrolment pieter = volunteer("pieter@demo.buddywerk.org", "Pieter De Smet", "9000",
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("fr", LanguageLevel.GOOD)), woon, null);
		ready(pieter, coordinator, required, today.minusDays(60), today.minusYears(1));
		Enrolment marie = volunteer("marie@demo.buddywerk.org", "Marie Dubois", "9030",
				Set.of(new SpokenLanguage("fr", LanguageLevel.NATIVE), new SpokenLanguage("nl", LanguageLevel.BASIC)), woon, null);
		ready(marie, coordinator, required, today.minusDays(90), today.minusYears(3).plusDays(20));
		pipeline.assignCoach(marie.getId(), marie.getVersion(), coordinator, coach);
		pipeline.advance(marie.getId(), marie.getVersion(), coordinator);

		Long buddyAccount = people.accountIdOf("buddy@demo.buddywerk.org").orElse(null);
		Enrolment buddy = volunteer("buddy@demo.buddywerk.org", "Demo buddy", "9000",
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("uk", LanguageLevel.BASIC),
						new SpokenLanguage("en", LanguageLevel.GOOD)), woon, buddyAccount);
		ready(buddy, coordinator, required, today.minusDays(120), today.minusMonths(6));
		pipeline.assignCoach(buddy.getId(), buddy.getVersion(), coordinator, coach);
		pipeline.advance(buddy.getId(), buddy.getVersion(), coordinator);

		Enrolment tom = volunteer("tom@demo.buddywerk.org", "Tom Jacobs", "9050", Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)),
				woon, null);
		intake(tom, coordinator, today.minusDays(50));
		pipeline.pause(tom.getId(), tom.getVersion(), coordinator, "Examens tot eind januari");
		Enrolment lotte = volunteer("lotte@demo.buddywerk.org", "Lotte Willems", "9000",
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)), woon, null);
		pipeline.stop(lotte.getId(), lotte.getVersion(), coordinator, "Verhuisd naar Antwerpen");
		pipeline.markScreenings();
	}

	private Enrolment volunteer(String email, String name, String postalCode, Set<SpokenLanguage> languages,
			ProgrammeView programme, Long accountId) {
		Volunteer volunteer = new Volunteer(email, clock.instant());
		volunteer.describe(name, "+32 470 00 00 00", postalCode, 10, 1, "Geen administratie met geld",
				"Demogegevens: deze persoon bestaat niet.", languages,
				EnumSet.of(LifeDomain.HOUSING, LifeDomain.ADMINISTRATION, LifeDomain.LANGUAGE),
				EnumSet.of(WeekSlot.WEDNESDAY_EVENING, WeekSlot.SATURDAY_MORNING, WeekSlot.SATURDAY_AFTERNOON), clock.instant());
		volunteer.consented("demo", "nl", clock.instant());
		volunteer.linkAccount(accountId);
		volunteers.save(volunteer);
		return pipeline.apply(volunteer.getId(), programme.id(), null);
	}

	private void intake(Enrolment enrolment, long coordinator, LocalDate on) {
		pipeline.recordIntake(enrolment.getId(), enrolment.getVersion(), coordinator, on, "Demo-intake",
				IntakeDecision.ACCEPTED);
	}

	private void ready(Enrolment enrolment, long coordinator, List<RequiredTraining> required, LocalDate intakeOn,
			LocalDate screenedOn) {
		intake(enrolment, coordinator, intakeOn);
		pipeline.recordScreening(enrolment.getId(), enrolment.getVersion(), coordinator,
				ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2, screenedOn, null);
		for (RequiredTraining training : required) {
			pipeline.recordTraining(enrolment.getId(), enrolment.getVersion(), coordinator, training.getId(),
					intakeOn.plusDays(14), new BigDecimal("3"));
		}
	}
}
