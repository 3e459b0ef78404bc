package org.buddywerk.volunteers;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.platform.LanguageLevel;
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

	private final Clock clock;

	VolunteerFixtures(VolunteerRepository volunteers, Pipeline pipeline, OrganisationDirectory organisations,
			Clock clock) {
		this.volunteers = volunteers;
		this.pipeline = pipeline;
		this.organisations = organisations;
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
		volunteer.consented("test", "nl", clock.instant());
		volunteer.linkAccount(accountId);
		volunteers.save(volunteer);
		return pipeline.apply(volunteer.getId(), programme.id(), null);
	}
}
