package org.buddywerk.people;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.TestClock;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in for real (form, session cookie, database session): lockout, deactivation, password change. */
@BuddywerkTest
class SignInTest {

	private static final String PASSWORD = "a long and private sentence";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	TestClock clock;

	@Autowired
	org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> sessions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyDemoAccountSignsInAndLandsOnTheStartPageOfItsRole(Role role) throws Exception {
		Cookie session = signIn(SignedIn.demoEmail(role), "buddywerk-demo");
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/home/" + role.slug()));
		mvc.perform(get("/home/" + role.slug()).cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() throws Exception {
		Account account = newAccount();
		mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", "wrong password!!"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@example.org")
			.param("password", "wrong password!!")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void controlCharactersInTheLoginAreAnOrdinaryFailedSignIn() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("email", "nul\u0000byte@example.org").param("password", "x\u0000y"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
		Account account = newAccount();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", "not it " + attempt + "xxxxx"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));

		clock.advance(Duration.ofMinutes(14));
		mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));

		clock.advance(Duration.ofMinutes(2));
		assertThat(signIn(account.getEmail(), PASSWORD)).isNotNull();
	}

	@Test
	void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
		Account account = newAccount();
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", "not it xxxxxxx"));
		}
		signIn(account.getEmail(), PASSWORD);
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", "not it xxxxxxx"));
		}
		assertThat(signIn(account.getEmail(), PASSWORD)).isNotNull();
	}

	@Test
	void deactivationEndsTheOpenSessionAndRefusesTheNextSignIn() throws Exception {
		Account account = newAccount();
		Cookie session = signIn(account.getEmail(), PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/home/buddy"));

		accounts.deactivate(account.getId(), repository.findById(account.getId()).orElseThrow().getVersion());

		mvc.perform(get("/home/buddy").cookie(session)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").with(csrf()).param("email", account.getEmail()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
		Account account = newAccount();
		Cookie phone = signIn(account.getEmail(), PASSWORD);
		Cookie laptop = signIn(account.getEmail(), PASSWORD);
		String newPassword = "another quite long sentence";

		mvc.perform(post("/account/password").cookie(laptop).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", newPassword).param("repeatPassword", newPassword)).andExpect(redirectedUrl("/"));

		mvc.perform(get("/home/buddy").cookie(laptop)).andExpect(status().isOk());
		mvc.perform(get("/home/buddy").cookie(phone)).andExpect(redirectedUrl("/login"));
		assertThat(signIn(account.getEmail(), newPassword)).isNotNull();
	}

	@Test
	void aPasswordChangeWithTheWrongCurrentPasswordOrAWeakNewOneIsRefusedNextToTheField() throws Exception {
		Account account = newAccount();
		Cookie session = signIn(account.getEmail(), PASSWORD);
		String body = mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", "not my password").param("newPassword", "another quite long sentence")
				.param("repeatPassword", "another quite long sentence"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Dit is niet uw huidige wachtwoord.").doesNotContain("another quite long sentence");

		body = mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", "password1234").param("repeatPassword", "password1234"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("te makkelijk te raden");
		assertThat(signIn(account.getEmail(), PASSWORD)).isNotNull();
	}

	@Test
	void theStoredSessionKeepsNoPasswordHash() throws Exception {
		Account account = newAccount();
		signIn(account.getEmail(), PASSWORD);
		assertThat(sessions.findByPrincipalName(account.getEmail()).values()).singleElement().satisfies(session -> {
			org.springframework.security.core.context.SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
			assertThat(context.getAuthentication().getCredentials()).isNull();
			assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(SignedInAccount.class,
					principal -> assertThat(principal.getPassword()).isNull());
		});
	}

	@Test
	void passwordsAreStoredAsArgon2idHashesNeverAsTyped() {
		Account account = newAccount();
		assertThat(repository.findById(account.getId()).orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$")
			.doesNotContain(PASSWORD);
	}

	@Test
	void aLongPasswordInAnotherScriptWorksToTheLastCharacter() throws Exception {
		String ukrainian = "Це дуже довге речення українською мовою для перевірки паролів!!!"; // 64 characters, 117 bytes
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		Account account = accounts.create("long-" + UUID.randomUUID() + "@example.org", "Довгий", Locale.forLanguageTag("uk"),
				ukrainian, Set.of(new RoleAssignment(welfare, Role.BUDDY)));
		assertThat(ukrainian.codePointCount(0, ukrainian.length())).isEqualTo(64);
		assertThat(signIn(account.getEmail(), ukrainian)).isNotNull();
		mvc.perform(post("/login").with(csrf()).param("email", account.getEmail())
			.param("password", ukrainian.substring(0, 63) + "?")).andExpect(redirectedUrl("/login?error"));
	}

	private Account newAccount() {
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		return accounts.create("signin-" + UUID.randomUUID() + "@example.org", "Test buddy", Locale.forLanguageTag("nl"),
				PASSWORD, Set.of(new RoleAssignment(welfare, Role.BUDDY)));
	}

	/** Signs in through the login form and returns the session cookie. */
	private Cookie signIn(String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}
}
