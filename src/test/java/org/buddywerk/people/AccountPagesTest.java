package org.buddywerk.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BuddywerkTest
class AccountPagesTest {

	static final List<String> HOSTILE = HostileInput.VALUES;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void anAdminCreatesAnAccountWithRolesInTwoOrganisations() throws Exception {
		String email = "nieuw-" + UUID.randomUUID() + "@example.org";
		long city = organisations.organisationNamed("Stad Demo").orElseThrow().id();
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		mvc.perform(asAdmin(post("/admin/accounts")).param("email", email.toUpperCase()).param("displayName", "Nieuwe Coach")
			.param("language", "uk").param("password", "a long and private sentence")
			.param("roles", city + ":COACH", welfare + ":PROFESSIONAL"))
			.andExpect(redirectedUrl("/admin/accounts"));

		Account created = repository.findByEmail(email).orElseThrow();
		assertThat(created.getPreferredLanguage()).isEqualTo("uk");
		assertThat(created.getRoles()).containsExactlyInAnyOrder(new RoleAssignment(city, Role.COACH),
				new RoleAssignment(welfare, Role.PROFESSIONAL));
	}

	@Test
	void aTakenEmailAShortPasswordAndAnUnknownOrganisationAreRefusedWithReasons() throws Exception {
		assertThat(page(asAdmin(post("/admin/accounts")).param("email", SignedIn.demoEmail(Role.BUDDY))
			.param("displayName", "Dubbel").param("language", "nl").param("password", "a long and private sentence")))
			.contains("Er bestaat al een account met dit e-mailadres.");
		assertThat(page(asAdmin(post("/admin/accounts")).param("email", "kort-" + UUID.randomUUID() + "@example.org")
			.param("displayName", "Kort").param("language", "nl").param("password", "short")))
			.contains("Gebruik minstens 12 tekens.");
		assertThat(page(asAdmin(post("/admin/accounts")).param("email", "org-" + UUID.randomUUID() + "@example.org")
			.param("displayName", "Org").param("language", "nl").param("password", "a long and private sentence")
			.param("roles", "999999:BUDDY"))).contains("Kies rollen bij bestaande organisaties.");
		assertThat(page(asAdmin(post("/admin/accounts")).param("email", "rol-" + UUID.randomUUID() + "@example.org")
			.param("displayName", "Rol").param("language", "nl").param("password", "a long and private sentence")
			.param("roles", "1:EMPEROR"))).contains("Kies rollen bij bestaande organisaties.");
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryAccountFieldGetsAMessageOrIsStoredEscaped(String value) throws Exception {
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		Map<String, String> valid = new HashMap<>(Map.of("email", "vijandig-" + UUID.randomUUID() + "@example.org",
				"displayName", "Vijandig", "language", "nl", "password", "a long and private sentence", "roles",
				welfare + ":BUDDY"));
		for (String field : valid.keySet()) {
			MockHttpServletRequestBuilder request = asAdmin(post("/admin/accounts"));
			valid.forEach((name, good) -> request.param(name, name.equals(field) ? value : good));
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as("%s", field).isIn(200, 302, 400);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
		}
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputWhenEditingAnAccountGetsAMessageAndChangesNothingElse(String value) throws Exception {
		Account target = newBuddy();
		Map<String, String> valid = Map.of("displayName", "Buddy", "language", "nl", "roles",
				target.getRoles().iterator().next().organisationId() + ":BUDDY", "version", String.valueOf(target.getVersion()));
		for (String field : valid.keySet()) {
			MockHttpServletRequestBuilder request = asAdmin(post("/admin/accounts/" + target.getId()));
			valid.forEach((name, good) -> request.param(name, name.equals(field) ? value : good));
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as("%s", field).isIn(200, 302, 400, 409);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
			target = repository.findById(target.getId()).orElseThrow();
			assertThat(target.getEmail()).startsWith("buddy-");
		}
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInThePasswordFormGetsAMessageAndKeepsThePassword(String value) throws Exception {
		Account target = newBuddy();
		org.springframework.test.web.servlet.request.RequestPostProcessor buddy = org.springframework.security.test.web
			.servlet.request.SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(target.getEmail()));
		for (String field : List.of("currentPassword", "newPassword", "repeatPassword")) {
			MockHttpServletRequestBuilder request = post("/account/password").with(buddy).with(csrf());
			for (String name : List.of("currentPassword", "newPassword", "repeatPassword")) {
				request.param(name, name.equals(field) ? value : "a long and private sentence");
			}
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as("%s", field).isIn(200, 302, 400);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
		}
		assertThat(repository.findById(target.getId()).orElseThrow().passwordHash()).isEqualTo(target.passwordHash());
	}

	@Test
	void editingCannotChangeTheEmailOrPasswordEvenIfTheRequestCarriesThem() throws Exception {
		Account target = newBuddy();
		String hashBefore = target.passwordHash();
		mvc.perform(asAdmin(post("/admin/accounts/" + target.getId())).param("displayName", "Nieuwe naam")
			.param("language", "fr").param("roles", target.getRoles().iterator().next().organisationId() + ":BUDDY")
			.param("version", String.valueOf(target.getVersion())).param("email", "hijack@example.org")
			.param("password", "hijacked password!!").param("active", "false"))
			.andExpect(redirectedUrl("/admin/accounts"));

		Account after = repository.findById(target.getId()).orElseThrow();
		assertThat(after.getDisplayName()).isEqualTo("Nieuwe naam");
		assertThat(after.getEmail()).isEqualTo(target.getEmail());
		assertThat(after.passwordHash()).isEqualTo(hashBefore);
		assertThat(after.isActive()).isTrue();
	}

	@Test
	void deactivationIsConfirmedFirstAndThenTakesEffect() throws Exception {
		Account target = newBuddy();
		assertThat(page(asAdmin(get("/admin/accounts/" + target.getId() + "/deactivate"))))
			.contains("kan zich dan niet meer aanmelden");
		assertThat(repository.findById(target.getId()).orElseThrow().isActive()).isTrue();

		mvc.perform(asAdmin(post("/admin/accounts/" + target.getId() + "/deactivate"))
			.param("version", String.valueOf(target.getVersion()))).andExpect(redirectedUrl("/admin/accounts"));
		Account deactivated = repository.findById(target.getId()).orElseThrow();
		assertThat(deactivated.isActive()).isFalse();

		mvc.perform(asAdmin(post("/admin/accounts/" + target.getId() + "/reactivate"))
			.param("version", String.valueOf(deactivated.getVersion()))).andExpect(redirectedUrl("/admin/accounts"));
		assertThat(repository.findById(target.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void aStaleDeactivationIsRefusedAsAConflict() throws Exception {
		Account target = newBuddy();
		mvc.perform(asAdmin(post("/admin/accounts/" + target.getId() + "/deactivate"))
			.param("version", String.valueOf(target.getVersion() + 7))).andExpect(status().isConflict());
		assertThat(repository.findById(target.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void theListSearchesByNameOrEmailAndTreatsWildcardsAsText() throws Exception {
		Account target = newBuddy();
		assertThat(page(asAdmin(get("/admin/accounts")).param("q", target.getEmail().substring(0, 20))))
			.contains(target.getEmail());
		assertThat(page(asAdmin(get("/admin/accounts")).param("q", "%"))).contains("Niets gevonden.");
	}

	private Account newBuddy() throws Exception {
		String email = "buddy-" + UUID.randomUUID() + "@example.org";
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		mvc.perform(asAdmin(post("/admin/accounts")).param("email", email).param("displayName", "Buddy")
			.param("language", "nl").param("password", "a long and private sentence").param("roles", welfare + ":BUDDY"))
			.andExpect(redirectedUrl("/admin/accounts"));
		return repository.findByEmail(email).orElseThrow();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(SignedIn.as(accounts, Role.ADMIN)).with(csrf());
	}
}
