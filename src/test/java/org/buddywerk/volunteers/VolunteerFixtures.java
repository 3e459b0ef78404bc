package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.SignedIn;
import org.buddywerk.people.People;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Test volunteers made straight through the repositories and the pipeline; unique e-mail each time. */
@Component
class VolunteerFixtures {

	private final VolunteerRepository volunteers;

	private final Pipeline pipeline;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	VolunteerFixtures(VolunteerRepository volunteers, Pipeline pipeline, OrganisationDirectory organisations,
			People people, Clock clock) {
		this.volunteers = volunteers;
		this.pipeline = pipeline;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	ProgrammeView woonbuddys() {
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		return organisations.programmesOf(Set.of(welfare)).stream().filter(p -> p.name().equals("Woonbuddy's"))
			.findFirst().orElseThrow();
	}

	/** A volunteer who just applied to the programme, with an account if one is given. */
	@Transactional
	Enrolment applicant(ProgrammeView programme, Long accountId) {
		Volunteer volunteer = new Volunteer("fixture-" + UUID.randomUUID() + "@example.org", clock.instant());
		volunteer.describe("Fixture Volunteer", "+32 470 11 22 33", "9000", 10, 2, null, null,
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)), EnumSet.of(LifeDomain.HOUSING),
				EnumSet.of(WeekSlot.MONDAY_EVENING), clock.instant());
		volunteer.describeForMatching(Gender.WOMAN, EnumSet.of(Interest.MUSIC, Interest.COOKING),
				EnumSet.of(LifeDomain.FINANCES), clock.instant());
		volunteer.consented("test", "nl", clock.instant());
		volunteer.linkAccount(accountId);
		volunteers.save(volunteer);
		return pipeline.apply(volunteer.getId(), programme.id(), null);
	}

	/** A volunteer who took every step, with the demo coach: AVAILABLE, screened until two years from now. */
	@Transactional
	Enrolment available(ProgrammeView programme, Long accountId) {
		Enrolment enrolment = applicant(programme, accountId);
		long coordinator = people.accountIdOf(SignedIn.demoEmail(Role.COORDINATOR)).orElseThrow();
		long coach = people.accountIdOf(SignedIn.demoEmail(Role.COACH)).orElseThrow();
		LocalDate today = Today.on(clock);
		pipeline.assignCoach(enrolment.getId(), enrolment.getVersion(), coordinator, coach);
		pipeline.recordIntake(enrolment.getId(), enrolment.getVersion(), coordinator, today, null, IntakeDecision.ACCEPTED);
		pipeline.recordScreening(enrolment.getId(), enrolment.getVersion(), coordinator, ScreeningKind.NL_VOG,
				today.minusDays(1), today.plusYears(2));
		for (long training : pipeline.requiredFor(enrolment)) {
			pipeline.recordTraining(enrolment.getId(), enrolment.getVersion(), coordinator, training, today, BigDecimal.ONE);
		}
		while (enrolment.getStatus() != VolunteerStatus.AVAILABLE) {
			pipeline.advance(enrolment.getId(), enrolment.getVersion(), coordinator);
		}
		return enrolment;
	}
}
