package org.buddywerk.platform;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BuddywerkTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void pagesCarryTheSecurityHeadersAndAreNotCached() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/home/coordinator").with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
				"frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void pagesHaveNoInlineScript() throws Exception {
		String page = mvc.perform(get("/home/admin").with(SignedIn.as(accounts, Role.ADMIN))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("onclick=", "style=\"");
	}

	@Test
	void theLayoutCarriesTheCsrfTokenForHtmx() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\">")
			.contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
	}

	@Test
	void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/organisations").with(SignedIn.as(accounts, Role.ADMIN)).param("name", "No token")
			.param("kind", "OTHER")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("email", SignedIn.demoEmail(Role.ADMIN)).param("password", "buddywerk-demo"))
			.andExpect(status().isForbidden());
	}
}
