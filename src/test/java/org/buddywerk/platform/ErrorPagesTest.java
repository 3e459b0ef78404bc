package org.buddywerk.platform;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MockMvc does not forward to {@code /error} as a servlet container would, so these call the error
 * controller the way the container does, with the error attributes set.
 */
@BuddywerkTest
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aMissingPageIsExplainedInTheUsersLanguageWithoutInternals() throws Exception {
		String page = mvc.perform(error(404, "/admin/organisations/999999").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Not found", "lang=\"en\"").doesNotContain("Exception", "at org.", "Whitelabel");
	}

	@Test
	void aServerErrorPageSaysNothingIsLostAndShowsNoStackTrace() throws Exception {
		String page = mvc.perform(error(500, "/anything").accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Er ging iets mis", "niet verloren").doesNotContain("Exception", "trace");
	}

	@Test
	void forbiddenAndBadRequestHaveTheirOwnPages() throws Exception {
		assertThat(mvc.perform(error(403, "/admin/accounts").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString()).contains("Geen toegang");
		assertThat(mvc.perform(error(400, "/admin/accounts").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString()).contains("Dit verzoek klopt niet");
	}

	@Test
	void apiClientsGetAProblemDetail() throws Exception {
		mvc.perform(error(404, "/api/v1/organisations/999999").accept(MediaType.APPLICATION_JSON).param("lang", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Introuvable"));
	}

	@Test
	void anUnknownRecordIdAnswers404AndAnIdThatIsNoNumber400() throws Exception {
		mvc.perform(get("/admin/organisations/999999999").with(SignedIn.as(accounts, Role.ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/organisations/abc").with(SignedIn.as(accounts, Role.ADMIN)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/admin/organisations").param("page", "abc").with(SignedIn.as(accounts, Role.ADMIN)))
			.andExpect(status().isBadRequest());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder error(int status, String uri) {
		return get("/error").requestAttr("jakarta.servlet.error.status_code", status)
			.requestAttr("jakarta.servlet.error.request_uri", uri);
	}
}
