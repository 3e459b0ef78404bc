package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.buddywerk.organisations.LifeDomain.ADMINISTRATION;
import static org.buddywerk.organisations.LifeDomain.EDUCATION;
import static org.buddywerk.organisations.LifeDomain.FINANCES;
import static org.buddywerk.organisations.LifeDomain.HEALTH_ACCESS;
import static org.buddywerk.organisations.LifeDomain.HOUSING;
import static org.buddywerk.organisations.LifeDomain.LANGUAGE;
import static org.buddywerk.organisations.LifeDomain.SOCIAL_NETWORK;
import static org.buddywerk.organisations.LifeDomain.WORK;

/**
 * Demo mode only: made-up volunteers at every stage of the Woonbuddy's pipeline (all but MATCHED, which
 * matching brings), so that the board, the standby pool and the coach's page have something to show. Six are
 * available in Gent with a valid screening; four of them are each the natural buddy of one demo participant
 * (DemoParticipants), so that matching's proposals can be explained: the demo buddy account speaks Ukrainian,
 * lives near Oksana and shares her needs and interests. Marie's screening expires within 30 days.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "buddywerk.mode", havingValue = "demo", matchIfMissing = true)
class DemoVolunteers implements ApplicationRunner {

	/** Who a demo volunteer is and what matching weighs; the rest is the same for all of them. */
	private record Demo(String email, String name, String postalCode, Gender gender, Set<SpokenLanguage> languages,
			Set<LifeDomain> domains, Set<LifeDomain> boundaries, Set<Interest> interests) {
	}

	private final VolunteerRepository volunteers;

	private final RequiredTrainingRepository trainings;

	private final Pipeline pipeline;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	DemoVolunteers(VolunteerRepository volunteers, RequiredTrainingRepository trainings, Pipeline pipeline,
			OrganisationDirectory organisations, People people, Clock clock) {
		this.volunteers = volunteers;
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

		volunteer(new Demo("ingrid@demo.buddywerk.org", "Ingrid Peeters", "9000", null, Set.of(speaks("nl", LanguageLevel.NATIVE)),
				EnumSet.of(HOUSING, LANGUAGE), EnumSet.noneOf(LifeDomain.class), EnumSet.of(Interest.READING, Interest.GARDENING)),
				woon, null);
		Enrolment youssef = volunteer(new Demo("youssef@demo.buddywerk.org", "Youssef El Amrani", "9040", Gender.MAN,
				Set.of(speaks("ar", LanguageLevel.NATIVE), speaks("nl", LanguageLevel.GOOD)), EnumSet.of(HOUSING, WORK),
				EnumSet.noneOf(LifeDomain.class), EnumSet.of(Interest.SPORT, Interest.COOKING)), woon, null);
		intake(youssef, coordinator, today.minusDays(20));
		Enrolment olena = volunteer(new Demo("olena@demo.buddywerk.org", "Olena Shevchenko", "9050", Gender.WOMAN,
				Set.of(speaks("uk", LanguageLevel.NATIVE), speaks("en", LanguageLevel.GOOD)), EnumSet.of(LANGUAGE, EDUCATION),
				EnumSet.of(FINANCES), EnumSet.of(Interest.MUSIC, Interest.ART)), woon, null);
		intake(olena, coordinator, today.minusDays(40));
		pipeline.recordScreening(olena.getId(), olena.getVersion(), coordinator, ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2,
				today.minusDays(30), null);
		Enrolment pieter = volunteer(new Demo("pieter@demo.buddywerk.org", "Pieter De Smet", "9000", Gender.MAN,
				Set.of(speaks("nl", LanguageLevel.NATIVE), speaks("fr", LanguageLevel.GOOD)), EnumSet.of(HOUSING, ADMINISTRATION),
				EnumSet.noneOf(LifeDomain.class), EnumSet.of(Interest.SPORT, Interest.TECHNOLOGY)), woon, null);
		ready(pieter, coordinator, required, today.minusDays(60), today.minusYears(1));

		Enrolment marie = volunteer(new Demo("marie@demo.buddywerk.org", "Marie Dubois", "9030", Gender.WOMAN,
				Set.of(speaks("fr", LanguageLevel.NATIVE), speaks("nl", LanguageLevel.BASIC)),
				EnumSet.of(HOUSING, ADMINISTRATION, LANGUAGE), EnumSet.of(FINANCES),
				EnumSet.of(Interest.READING, Interest.CULTURE)), woon, null);
		available(marie, coordinator, coach, required, today.minusDays(90), today.minusYears(3).plusDays(20));
		Enrolment buddy = volunteer(new Demo("buddy@demo.buddywerk.org", "Demo buddy", "9050", Gender.WOMAN,
				Set.of(speaks("nl", LanguageLevel.NATIVE), speaks("uk", LanguageLevel.GOOD), speaks("en", LanguageLevel.GOOD)),
				EnumSet.of(LANGUAGE, WORK, HOUSING, ADMINISTRATION), EnumSet.of(FINANCES),
				EnumSet.of(Interest.MUSIC, Interest.NATURE, Interest.LANGUAGES)), woon,
				people.accountIdOf("buddy@demo.buddywerk.org").orElse(null));
		available(buddy, coordinator, coach, required, today.minusDays(120), today.minusMonths(6));
		Enrolment karim = volunteer(new Demo("karim@demo.buddywerk.org", "Karim Benali", "9040", Gender.MAN,
				Set.of(speaks("ar", LanguageLevel.NATIVE), speaks("nl", LanguageLevel.GOOD), speaks("fr", LanguageLevel.GOOD)),
				EnumSet.of(HOUSING, ADMINISTRATION, EDUCATION), EnumSet.of(HEALTH_ACCESS),
				EnumSet.of(Interest.COOKING, Interest.SPORT, Interest.GAMES)), woon, null);
		available(karim, coordinator, coach, required, today.minusDays(100), today.minusMonths(4));
		Enrolment senait = volunteer(new Demo("senait@demo.buddywerk.org", "Senait Tesfay", "9000", Gender.WOMAN,
				Set.of(speaks("ti", LanguageLevel.NATIVE), speaks("en", LanguageLevel.GOOD), speaks("nl", LanguageLevel.GOOD)),
				EnumSet.of(HOUSING, HEALTH_ACCESS, SOCIAL_NETWORK), EnumSet.of(FINANCES),
				EnumSet.of(Interest.COOKING, Interest.CRAFTS, Interest.CULTURE)), woon, null);
		available(senait, coordinator, coach, required, today.minusDays(80), today.minusMonths(3));
		Enrolment jan = volunteer(new Demo("jan@demo.buddywerk.org", "Jan Claes", "9030", Gender.MAN,
				Set.of(speaks("nl", LanguageLevel.NATIVE), speaks("en", LanguageLevel.GOOD), speaks("fr", LanguageLevel.BASIC)),
				EnumSet.of(HOUSING, FINANCES, ADMINISTRATION, WORK), EnumSet.of(HEALTH_ACCESS),
				EnumSet.of(Interest.SPORT, Interest.TECHNOLOGY, Interest.GARDENING)), woon, null);
		available(jan, coordinator, coach, required, today.minusDays(150), today.minusMonths(10));
		Enrolment ahmad = volunteer(new Demo("ahmad@demo.buddywerk.org", "Ahmad Rahimi", "9040", Gender.MAN,
				Set.of(speaks("fa", LanguageLevel.NATIVE), speaks("en", LanguageLevel.GOOD), speaks("nl", LanguageLevel.GOOD)),
				EnumSet.of(HOUSING, FINANCES, WORK), EnumSet.noneOf(LifeDomain.class),
				EnumSet.of(Interest.SPORT, Interest.TECHNOLOGY)), woon, null);
		available(ahmad, coordinator, coach, required, today.minusDays(70), today.minusMonths(2));

		Enrolment tom = volunteer(new Demo("tom@demo.buddywerk.org", "Tom Jacobs", "9050", Gender.MAN,
				Set.of(speaks("nl", LanguageLevel.NATIVE)), EnumSet.of(HOUSING), EnumSet.noneOf(LifeDomain.class),
				EnumSet.of(Interest.MUSIC)), woon, null);
		intake(tom, coordinator, today.minusDays(50));
		pipeline.pause(tom.getId(), tom.getVersion(), coordinator, "Examens tot eind januari");
		Enrolment lotte = volunteer(new Demo("lotte@demo.buddywerk.org", "Lotte Willems", "9000", Gender.X,
				Set.of(speaks("nl", LanguageLevel.NATIVE)), EnumSet.of(LANGUAGE), EnumSet.noneOf(LifeDomain.class),
				EnumSet.of(Interest.ART)), woon, null);
		pipeline.stop(lotte.getId(), lotte.getVersion(), coordinator, "Verhuisd naar Antwerpen");
		pipeline.markScreenings();
	}

	private Enrolment volunteer(Demo demo, ProgrammeView programme, Long accountId) {
		Volunteer volunteer = new Volunteer(demo.email(), clock.instant());
		volunteer.describe(demo.name(), "+32 470 00 00 00", demo.postalCode(), 10, 1,
				demo.boundaries().contains(FINANCES) ? "Geen administratie met geld" : null,
				"Demogegevens: deze persoon bestaat niet.", demo.languages(), demo.domains(),
				EnumSet.of(WeekSlot.WEDNESDAY_EVENING, WeekSlot.SATURDAY_MORNING, WeekSlot.SATURDAY_AFTERNOON), clock.instant());
		volunteer.describeForMatching(demo.gender(), demo.interests(), demo.boundaries(), clock.instant());
		volunteer.consented("demo", "nl", clock.instant());
		volunteer.linkAccount(accountId);
		volunteers.save(volunteer);
		return pipeline.apply(volunteer.getId(), programme.id(), null);
	}

	private static SpokenLanguage speaks(String language, LanguageLevel level) {
		return new SpokenLanguage(language, level);
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

	/** Every step done, a coach assigned: available for matching. */
	private void available(Enrolment enrolment, long coordinator, long coach, List<RequiredTraining> required,
			LocalDate intakeOn, LocalDate screenedOn) {
		ready(enrolment, coordinator, required, intakeOn, screenedOn);
		pipeline.assignCoach(enrolment.getId(), enrolment.getVersion(), coordinator, coach);
		pipeline.advance(enrolment.getId(), enrolment.getVersion(), coordinator);
	}
}
