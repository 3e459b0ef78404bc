package org.buddywerk.participants;


import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.participants.RestrictedFixtures.Person;
import org.buddywerk.participants.RestrictedFixtures.Secrets;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The participant's own page: what they told us, their contact person, their consents and withdrawing them. */
@BuddywerkTest
class OwnParticipantPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RestrictedFixtures fixtures;

	@Autowired
	Consents consents;

	@Autowired
	Participants participants;

	@Test
	void anAccountWithoutAParticipantRecordGetsAFriendlyPage() throws Exception {
		Person nobody = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		assertThat(page(nobody)).contains("Hier staat nog niets over u");
		mvc.perform(post("/me/participant/consents/1/withdraw").with(nobody.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theParticipantSeesWhatTheyToldUsTheirContactPersonAndTheirConsentsButNothingRestricted() throws Exception {
		Participant participant = fixtures.participant("Iryna");
		Secrets secrets = fixtures.withSecrets(participant);
		fixtures.consent(participant, ConsentPurpose.PROGRAMME);
		fixtures.consent(participant, ConsentPurpose.MATCHING);
		Person self = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		fixtures.link(participant, self.id());

		String page = page(self);
		assertThat(page).contains("Hallo " + participant.getFirstName(), "1 volwassene en 1 kind", "Oekraïens", "Engels",
				"Wonen", "Taal", "Demo professional", "Meedoen aan de buddywerking", "Kennismaken met een buddy",
				"/me/participant/consents/");
		assertThat(page).doesNotContain(secrets.all().toArray(String[]::new))
			.doesNotContain("Vocht", "Opvang", "Achternaam");
	}

	@Test
	void withdrawingTheMatchingConsentMakesTheParticipantUnmatchableAtOnce() throws Exception {
		Participant participant = fixtures.participant("Zarina");
		fixtures.consent(participant, ConsentPurpose.PROGRAMME);
		ConsentRecord matching = fixtures.consent(participant, ConsentPurpose.MATCHING);
		Person self = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		fixtures.link(participant, self.id());
		assertThat(participants.matchable(participant.getId())).isTrue();

		mvc.perform(post("/me/participant/consents/" + matching.getId() + "/withdraw").with(self.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/me/participant"));
		assertThat(participants.matchable(participant.getId())).isFalse();
		assertThat(consents.covers(participant.getId(), ConsentPurpose.PROGRAMME)).isTrue();
		assertThat(page(self)).contains("Ingetrokken op");

		// again: nothing changes, nothing breaks
		mvc.perform(post("/me/participant/consents/" + matching.getId() + "/withdraw").with(self.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/me/participant"));
	}

	@Test
	void aConsentOfSomeoneElseIsNotFoundAndStaysAsItWas() throws Exception {
		Participant participant = fixtures.participant("Sahar");
		Participant other = fixtures.participant("Samira");
		ConsentRecord othersConsent = fixtures.consent(other, ConsentPurpose.MATCHING);
		Person self = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		fixtures.link(participant, self.id());

		mvc.perform(post("/me/participant/consents/" + othersConsent.getId() + "/withdraw").with(self.signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(consents.of(other.getId())).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
		assertThat(participants.matchable(other.getId())).isTrue();
		assertThat(page(self)).doesNotContain(other.getFirstName());
	}

	@Test
	void hostileConsentIdsNeverBreakAnything() throws Exception {
		Participant participant = fixtures.participant("Leyla");
		fixtures.consent(participant, ConsentPurpose.MATCHING);
		Person self = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		fixtures.link(participant, self.id());
		for (String value : HostileInput.VALUES) {
			int status = mvc.perform(post("/me/participant/consents/{id}/withdraw", value).with(self.signedIn()).with(csrf()))
				.andReturn().getResponse().getStatus();
			assertThat(status).as("consentId=%s", value).isIn(400, 404, 405);
		}
		assertThat(participants.matchable(participant.getId())).isTrue();
	}

	private String page(Person who) throws Exception {
		return mvc.perform(get("/me/participant").with(who.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
