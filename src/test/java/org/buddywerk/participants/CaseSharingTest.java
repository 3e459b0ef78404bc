package org.buddywerk.participants;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
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

/** Sharing a case opens the restricted profile to exactly the professionals it is shared with, and no longer. */
@BuddywerkTest
class CaseSharingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RestrictedFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Test
	void aColleagueReadsTheRestrictedProfileOnlyWhileTheCaseIsSharedWithThem() throws Exception {
		Participant participant = fixtures.participant("Gedeeld");
		RestrictedFixtures.Secrets secrets = fixtures.withSecrets(participant);
		RestrictedFixtures.Person colleague = fixtures.account(mvc, accounts, Role.PROFESSIONAL, fixtures.welfare());
		String restricted = "/participants/" + participant.getId() + "/restricted";

		mvc.perform(get(restricted).with(colleague.signedIn())).andExpect(status().isNotFound());

		mvc.perform(post("/participants/" + participant.getId() + "/sharing").with(SignedIn.as(accounts, Role.PROFESSIONAL))
			.with(csrf()).param("professionals", String.valueOf(colleague.id())))
			.andExpect(redirectedUrl("/participants/" + participant.getId()));
		assertThat(mvc.perform(get(restricted).with(colleague.signedIn())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains(secrets.vulnerabilities());
		assertThat(audit.about(participant.getId())).anySatisfy(e -> {
			assertThat(e.getActorAccountId()).isEqualTo(colleague.id());
			assertThat(e.getAction()).isEqualTo(AuditEntry.Action.READ);
		});

		mvc.perform(post("/participants/" + participant.getId() + "/sharing").with(SignedIn.as(accounts, Role.PROFESSIONAL))
			.with(csrf())).andExpect(redirectedUrl("/participants/" + participant.getId()));
		mvc.perform(get(restricted).with(colleague.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheContactProfessionalOrACoordinatorSharesAndOnlyWithinTheOrganisation() throws Exception {
		Participant participant = fixtures.participant("Niet gedeeld");
		RestrictedFixtures.Person colleague = fixtures.account(mvc, accounts, Role.PROFESSIONAL, fixtures.welfare());
		RestrictedFixtures.Person outsider = fixtures.account(mvc, accounts, Role.PROFESSIONAL,
				fixtures.organisation("Elders"));

		mvc.perform(post("/participants/" + participant.getId() + "/sharing").with(colleague.signedIn()).with(csrf())
			.param("professionals", String.valueOf(colleague.id()))).andExpect(status().isNotFound());
		mvc.perform(post("/participants/" + participant.getId() + "/sharing").with(SignedIn.as(accounts, Role.PROFESSIONAL))
			.with(csrf()).param("professionals", String.valueOf(outsider.id())))
			.andExpect(redirectedUrl("/participants/" + participant.getId()));
		mvc.perform(post("/participants/" + participant.getId() + "/sharing").with(SignedIn.as(accounts, Role.PROFESSIONAL))
			.with(csrf()).param("professionals", "not-a-number")).andExpect(status().isBadRequest());

		assertThat(fixtures.reload(participant).getSharedWith()).isEmpty();
	}
}
