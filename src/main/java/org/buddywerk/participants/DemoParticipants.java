package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: made-up families waiting in the Woonbuddy's programme, in several languages, all in the demo
 * professional's caseload; some have a restricted profile. Amal, Oksana and Tigist consent to being matched and
 * each has a natural buddy among the demo volunteers (same language, nearby, shared needs and interests);
 * Mohammad has not consented yet, so matching flags him. The demo participant account is Oksana, whose natural
 * buddy is the demo buddy account.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "buddywerk.mode", havingValue = "demo", matchIfMissing = true)
class DemoParticipants implements ApplicationRunner {

	private final ParticipantRepository participants;

	private final Intake intake;

	private final Consents consents;

	private final RestrictedProfiles restricted;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	DemoParticipants(ParticipantRepository participants, Intake intake, Consents consents, RestrictedProfiles restricted,
			OrganisationDirectory organisations, People people, Clock clock) {
		this.participants = participants;
		this.intake = intake;
		this.consents = consents;
		this.restricted = restricted;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long professional = people.accountIdOf("professional@demo.buddywerk.org").orElse(null);
		ProgrammeView woon = organisations.activeProgrammes().stream().filter(p -> p.name().equals("Woonbuddy's"))
			.findFirst().orElse(null);
		if (professional == null || woon == null || participants.count() > 0) {
			return;
		}
		LocalDate today = Today.on(clock);
		Participant amal = family(woon, professional, "Amal", "9000", List.of("ar", "NATIVE"), LanguageLevel.BASIC,
				Map.of("HOUSING", "1", "EDUCATION", "2", "ADMINISTRATION", "2"), List.of("ADULT", "1986", "ADULT", "1984",
						"CHILD", "2012", "CHILD", "2015", "CHILD", "2019"),
				"Koken voor anderen, naaien", "Een eigen woning vinden en Nederlands leren",
				new Preferences(List.of("COOKING", "CRAFTS"), BuddyGender.NO_PREFERENCE, "ar"), today.minusDays(120),
				ReceptionKind.COLLECTIVE_SHELTER, "Opvangcentrum Demo");
		Participant oksana = family(woon, professional, "Oksana", "9050", List.of("uk", "NATIVE", "en", "GOOD"),
				LanguageLevel.BASIC, Map.of("LANGUAGE", "1", "WORK", "2"), List.of("ADULT", "1990", "CHILD", "2017"),
				"Muziek, wandelen", "Opnieuw als verpleegkundige werken",
				new Preferences(List.of("MUSIC", "NATURE"), BuddyGender.NO_PREFERENCE, "uk"), today.minusDays(60),
				ReceptionKind.PRIVATE_HOST, "Gastgezin Demo");
		Participant mohammad = family(woon, professional, "Mohammad", "9040", List.of("fa", "NATIVE", "en", "BASIC"),
				LanguageLevel.BASIC, Map.of("HOUSING", "1", "FINANCES", "1"), List.of("ADULT", "1995"), "Voetbal",
				"Een opleiding tot elektricien",
				new Preferences(List.of("SPORT", "TECHNOLOGY"), BuddyGender.NO_PREFERENCE, null), today.minusDays(30),
				null, null);
		Participant tigist = family(woon, professional, "Tigist", "9000", List.of("ti", "NATIVE", "en", "BASIC"),
				null, Map.of("HOUSING", "1", "HEALTH_ACCESS", "2", "SOCIAL_NETWORK", "3"),
				List.of("ADULT", "1992", "CHILD", "2021"), "Koffieceremonie, haar vlechten", "Vrienden maken in de buurt",
				new Preferences(List.of("COOKING", "CRAFTS"), BuddyGender.WOMAN, "ti"), today.minusDays(200), null, null);

		for (Participant matchable : List.of(amal, oksana, tigist)) {
			consents.record(matchable.getId(), professional, ConsentPurpose.PROGRAMME, null, "nl", ConsentGivenBy.PARTICIPANT,
					ConsentGivenHow.SIGNED_FORM, today.minusDays(20));
			consents.record(matchable.getId(), professional, ConsentPurpose.MATCHING, null, "nl",
					ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, today.minusDays(20));
		}
		consents.record(mohammad.getId(), professional, ConsentPurpose.PROGRAMME, null, "en", ConsentGivenBy.PARTICIPANT,
				ConsentGivenHow.VERBAL_WITH_WITNESS, today.minusDays(10));

		restricted.write(amal, professional, new RestrictedForm("Demo: alleenstaande vader van drie kinderen heeft hulp nodig",
				"Demo: slaapproblemen sinds de vlucht", "Demo: nog geen huisarts", "Demo: gezinshereniging loopt",
				null, null));
		restricted.write(tigist, professional, new RestrictedForm(null, "Demo: signalen van trauma, opvolging door CGG",
				"Demo: zwanger, controle gepland", "Demo: erkend vluchteling", null, null));

		people.accountIdOf("participant@demo.buddywerk.org").ifPresent(oksana::linkAccount);
	}

	/** What matching weighs besides languages and needs: interests from the list, who they would like as buddy. */
	private record Preferences(List<String> interests, BuddyGender buddyGender, String buddyLanguage) {
	}

	private Participant family(ProgrammeView programme, long professional, String firstName, String postalCode,
			List<String> languages, LanguageLevel dutch, Map<String, String> needs, List<String> household,
			String interests, String aspirations, Preferences preferences, LocalDate waitingSince,
			ReceptionKind receptionKind, String receptionName) {
		List<String> codes = new java.util.ArrayList<>();
		List<String> levels = new java.util.ArrayList<>();
		for (int i = 0; i < languages.size(); i += 2) {
			codes.add(languages.get(i));
			levels.add(languages.get(i + 1));
		}
		List<String> kinds = new java.util.ArrayList<>();
		List<String> years = new java.util.ArrayList<>();
		for (int i = 0; i < household.size(); i += 2) {
			kinds.add(household.get(i));
			years.add(household.get(i + 1));
		}
		return intake.takeIn(new IntakeForm(programme.id(), firstName, "Demo", null, null, postalCode, codes, levels,
				dutch, null, needs, Map.of(), kinds, years, interests, aspirations, preferences.interests(),
				preferences.buddyGender(), preferences.buddyLanguage(), null,
				EnumSet.of(WeekSlot.WEDNESDAY_EVENING, WeekSlot.SATURDAY_AFTERNOON), professional, waitingSince,
				receptionKind, receptionName, null), professional);
	}
}
