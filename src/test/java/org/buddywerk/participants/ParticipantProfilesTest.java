package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.people.People;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** What matching asks of the participants module: profiles, the waiting ones, contact, the lock, matched and back. */
@BuddywerkTest
class ParticipantProfilesTest {

	@Autowired
	Participants facade;

	@Autowired
	ParticipantPagesFixtures fixtures;

	@Autowired
	Intake intake;

	@Autowired
	Consents consents;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	People people;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	java.time.Clock clock;

	@Test
	void aProfileCarriesWhatMatchingWeighsWithDutchAndFrenchAmongTheLanguages() {
		LocalDate since = Today.on(clock).minusDays(40);
		Participant family = intake.takeIn(new IntakeForm(fixtures.woonbuddys().id(), unique("Profiel"), "Achternaam",
				"0470 12 34 56", "gezin@example.org", "9030", List.of("ar", "nl"), List.of("NATIVE", "BASIC"),
				LanguageLevel.GOOD, LanguageLevel.BASIC, Map.of("HOUSING", "1", "LANGUAGE", "3"), Map.of(), List.of(), List.of(),
				"voetbal", "", List.of("SPORT", "COOKING"), BuddyGender.WOMAN, "ar", "", Set.of(WeekSlot.SATURDAY_MORNING),
				fixtures.professional(), since, null, "", null), fixtures.professional());

		ParticipantProfile profile = facade.profile(family.getId()).orElseThrow();

		assertThat(profile.id()).isEqualTo(family.getId());
		assertThat(profile.programmeId()).isEqualTo(fixtures.woonbuddys().id());
		assertThat(profile.firstName()).isEqualTo(family.getFirstName());
		assertThat(profile.postalCode()).isEqualTo("9030");
		assertThat(profile.languages()).as("the better of the row and the intake's Dutch level counts").containsExactly(
				new SpokenLanguage("ar", LanguageLevel.NATIVE), new SpokenLanguage("fr", LanguageLevel.BASIC),
				new SpokenLanguage("nl", LanguageLevel.GOOD));
		assertThat(profile.buddyLanguage()).isEqualTo("ar");
		assertThat(profile.needs()).containsExactly(Map.entry(LifeDomain.HOUSING, 1), Map.entry(LifeDomain.LANGUAGE, 3));
		assertThat(profile.interests()).containsExactly(Interest.SPORT, Interest.COOKING);
		assertThat(profile.slots()).containsExactly(WeekSlot.SATURDAY_MORNING);
		assertThat(profile.buddyGender()).isEqualTo(BuddyGender.WOMAN);
		assertThat(profile.waitingSince()).isEqualTo(since);
		assertThat(profile.matchingConsent()).isFalse();
		assertThat(profile.contactProfessionalId()).isEqualTo(fixtures.professional());
		assertThat(profile.accountId()).isNull();
		assertThat(facade.profile(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theWaitingAreListedLongestFirstWithTheirConsentAndNobodyWhoIsNotWaiting() {
		LocalDate today = Today.on(clock);
		Participant consenting = fixtures.family(unique("Wacht"), today.minusDays(3000));
		consent(consenting);
		Participant withoutConsent = fixtures.family(unique("Zonder"), today.minusDays(2999));
		Participant withdrawn = fixtures.family(unique("Ingetrokken"), today.minusDays(2998));
		consents.withdraw(withdrawn.getId(), consent(withdrawn), fixtures.professional());
		Participant notWaiting = fixtures.family(unique("Niet"), null);

		List<ParticipantProfile> waiting = facade.waitingIn(fixtures.woonbuddys().id());

		List<Long> ours = List.of(consenting.getId(), withoutConsent.getId(), withdrawn.getId());
		assertThat(waiting).extracting(ParticipantProfile::id).doesNotContain(notWaiting.getId());
		assertThat(waiting).filteredOn(p -> ours.contains(p.id())).extracting(ParticipantProfile::id)
			.containsExactlyElementsOf(ours);
		assertThat(waiting).filteredOn(p -> ours.contains(p.id())).extracting(ParticipantProfile::matchingConsent)
			.containsExactly(true, false, false);
		assertThat(waiting).allSatisfy(p -> assertThat(p.waitingSince()).isNotNull());
		assertThat(waiting).extracting(ParticipantProfile::waitingSince).isSorted();
		assertThat(waiting).filteredOn(p -> p.id() == consenting.getId()).singleElement()
			.satisfies(p -> assertThat(p.interests()).containsExactly(Interest.SPORT));
		assertThat(facade.waitingIn(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void aMatchedParticipantStopsWaitingAndWaitingAgainGivesBackTheirPlace() {
		LocalDate today = Today.on(clock);
		LocalDate since = today.minusDays(400);
		Participant family = fixtures.family(unique("Plaats"), since);

		facade.markMatched(family.getId());
		facade.markMatched(family.getId());
		assertThat(facade.profile(family.getId()).orElseThrow().waitingSince()).isNull();
		assertThat(facade.waitingIn(fixtures.woonbuddys().id())).extracting(ParticipantProfile::id)
			.doesNotContain(family.getId());

		facade.markWaitingAgain(family.getId());
		assertThat(facade.profile(family.getId()).orElseThrow().waitingSince()).isEqualTo(since);
		facade.markWaitingAgain(family.getId());
		assertThat(facade.profile(family.getId()).orElseThrow().waitingSince()).isEqualTo(since);

		Participant neverWaited = fixtures.family(unique("Nieuw"), null);
		facade.markWaitingAgain(neverWaited.getId());
		assertThat(facade.profile(neverWaited.getId()).orElseThrow().waitingSince()).isEqualTo(today);
		assertThatThrownBy(() -> facade.markMatched(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theLockNeedsTheCallersTransaction() {
		Participant family = fixtures.family(unique("Slot"), Today.on(clock));
		assertThatThrownBy(() -> facade.lockForMatching(family.getId())).isInstanceOf(IllegalTransactionStateException.class);
		transaction.executeWithoutResult(s -> {
			facade.lockForMatching(family.getId());
			facade.markMatched(family.getId());
		});
		assertThat(participants.findById(family.getId()).orElseThrow().getWaitingSince()).isNull();
		assertThatThrownBy(() -> transaction.executeWithoutResult(s -> facade.lockForMatching(Long.MAX_VALUE)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theirProfessionalsTheirAccountAndTheirContactDetails() throws Exception {
		Participant family = fixtures.family(unique("Kring"), Today.on(clock));
		String email = "gedeeld-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("email", email)
			.param("displayName", "Gedeelde professional").param("language", "nl")
			.param("password", "a long and private sentence")
			.param("roles", fixtures.woonbuddys().organisationId() + ":PROFESSIONAL"))
			.andExpect(redirectedUrl("/admin/accounts"));
		long colleague = people.accountIdOf(email).orElseThrow();
		long coordinator = people.accountIdOf(SignedIn.demoEmail(Role.COORDINATOR)).orElseThrow();

		assertThat(facade.isProfessionalOf(family.getId(), fixtures.professional())).isTrue();
		assertThat(facade.isProfessionalOf(family.getId(), colleague)).isFalse();
		intake.share(family.getId(), fixtures.professional(), Set.of(colleague));
		assertThat(facade.isProfessionalOf(family.getId(), colleague)).isTrue();
		assertThat(facade.isProfessionalOf(family.getId(), coordinator)).isFalse();
		assertThat(facade.isProfessionalOf(Long.MAX_VALUE, fixtures.professional())).isFalse();

		long participantAccount = people.accountIdOf(SignedIn.demoEmail(Role.PARTICIPANT)).orElseThrow();
		assertThat(facade.participantOfAccount(participantAccount))
			.contains(participants.findByAccountId(participantAccount).orElseThrow().getId());
		assertThat(facade.participantOfAccount(coordinator)).isEmpty();

		assertThat(facade.contact(family.getId()))
			.contains(new ParticipantContact(family.getFirstName(), "Achternaam", "0470 12 34 56", "gezin@example.org"));
		assertThat(facade.contact(Long.MAX_VALUE)).isEmpty();
	}

	private long consent(Participant participant) {
		return consents.record(participant.getId(), fixtures.professional(), ConsentPurpose.MATCHING, null, "nl",
				ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, Today.on(clock)).getId();
	}

	private static String unique(String name) {
		return ParticipantPagesFixtures.unique(name);
	}
}
