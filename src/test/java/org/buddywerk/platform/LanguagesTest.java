package org.buddywerk.platform;

import jakarta.servlet.http.Cookie;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@BuddywerkTest
class LanguagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void dutchIsTheDefault() throws Exception {
		assertThat(page(get("/login"))).contains("<html lang=\"nl\" dir=\"ltr\">", "Aanmelden", "bootstrap.min.css")
			.doesNotContain("bootstrap.rtl.min.css");
	}

	@Test
	void arabicIsRightToLeftWithBootstrapsRtlStylesheet() throws Exception {
		assertThat(page(get("/login").param("lang", "ar"))).contains("<html lang=\"ar\" dir=\"rtl\">",
				"bootstrap.rtl.min.css", "تسجيل الدخول");
	}

	@Test
	void eachLanguageShowsTheLoginPageInItself() throws Exception {
		assertThat(page(get("/login").param("lang", "fr"))).contains("lang=\"fr\"", "Se connecter");
		assertThat(page(get("/login").param("lang", "en"))).contains("lang=\"en\"", "Sign in");
		assertThat(page(get("/login").param("lang", "uk"))).contains("lang=\"uk\"", "Увійти");
	}

	@Test
	void theBrowsersLanguageIsUsedUntilThePersonChooses() throws Exception {
		assertThat(page(get("/login").header("Accept-Language", "fr-BE,fr;q=0.9"))).contains("lang=\"fr\"");
		assertThat(page(get("/login").header("Accept-Language", "de-DE"))).contains("lang=\"nl\"");
	}

	@Test
	void anUnknownOrMalformedLanguageFallsBackToDutch() throws Exception {
		assertThat(page(get("/login").param("lang", "xx"))).contains("lang=\"nl\"");
		assertThat(page(get("/login").param("lang", "<script>"))).contains("lang=\"nl\"");
		assertThat(page(get("/login").header("Accept-Language", "!!!,;;;q=x"))).contains("lang=\"nl\"");
	}

	@Test
	void aChoiceBeforeSigningInIsKeptInACookie() throws Exception {
		MvcResult chosen = mvc.perform(get("/login").param("lang", "uk")).andReturn();
		Cookie language = chosen.getResponse().getCookie("buddywerk-lang");
		assertThat(language).isNotNull();
		assertThat(language.isHttpOnly()).isTrue();
		assertThat(page(get("/login").cookie(language))).contains("lang=\"uk\"");
	}

	@Test
	void aSignedInPersonsChoiceIsRememberedForTheirNextSession() throws Exception {
		String email = SignedIn.demoEmail(Role.ANALYST);
		Cookie first = signIn(email);
		mvc.perform(get("/home/analyst").param("lang", "fr").cookie(first)).andReturn();
		try {
			Cookie second = signIn(email);
			assertThat(page(get("/home/analyst").cookie(second))).contains("lang=\"fr\"");
		}
		finally {
			mvc.perform(get("/home/analyst").param("lang", "nl").cookie(first)).andReturn();
		}
	}

	private Cookie signIn(String email) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "buddywerk-demo"))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}
}
