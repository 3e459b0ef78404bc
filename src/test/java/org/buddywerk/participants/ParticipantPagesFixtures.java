package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.WeekSlot;
import org.springframework.stereotype.Component;

/** Participants for the page tests, taken in through the {@link Intake} service, with unique first names. */
@Component
class ParticipantPagesFixtures {

	private final Intake intake;

	private final People people;

	private final OrganisationDirectory organisations;

	ParticipantPagesFixtures(Intake intake, People people, OrganisationDirectory organisations) {
		this.intake = intake;
		this.people = people;
		this.organisations = organisations;
	}

	ProgrammeView woonbuddys() {
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		return organisations.programmesOf(Set.of(welfare)).stream().filter(p -> p.name().equals("Woonbuddy's"))
			.findFirst().orElseThrow();
	}

	long professional() {
		return people.accountIdOf("professional@demo.buddywerk.org").orElseThrow();
	}

	/** A family in Woonbuddy's whose contact is the demo professional, waiting since the given date. */
	Participant family(String firstName, LocalDate waitingSince) {
		long professional = professional();
		return intake.takeIn(new IntakeForm(woonbuddys().id(), firstName, "Achternaam", "0470 12 34 56",
				"gezin@example.org", "9000", List.of("ar", "nl"), List.of("NATIVE", "BASIC"), null, null,
				Map.of("HOUSING", "1", "LANGUAGE", "2"), Map.of("HOUSING", "Zoekt een huurwoning"),
				List.of("ADULT", "ADULT", "CHILD"), List.of("1985", "1988", "2016"), "voetbal", "verpleegkundige worden",
				List.of("SPORT"), BuddyGender.NO_PREFERENCE, null, "", Set.of(WeekSlot.SATURDAY_MORNING), professional, waitingSince, null, "",
				null), professional);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
