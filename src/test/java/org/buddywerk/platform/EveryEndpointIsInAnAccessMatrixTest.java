package org.buddywerk.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.matching.MatchingAccessTest;
import org.buddywerk.matching.SolveApiTest;
import org.buddywerk.matching.geo.PostalCodeAccessTest;
import org.buddywerk.organisations.OrganisationAccessTest;
import org.buddywerk.participants.ParticipantPagesAccessTest;
import org.buddywerk.participants.RestrictedAccessMatrixTest;
import org.buddywerk.people.PeopleAccessTest;
import org.buddywerk.volunteers.VolunteerAccessTest;
import org.buddywerk.volunteers.VolunteerApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deny by default, proved: every request mapping of Buddywerk's own controllers appears in a module's access
 * matrix (which asserts each role against it), or in the short list of public pages below.
 */
@BuddywerkTest
class EveryEndpointIsInAnAccessMatrixTest {

	/** What anyone may reach without signing in. */
	static final Set<String> PUBLIC = Set.of("GET /login", "* /error", "GET /join", "POST /join", "GET /join/thanks");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Test
	void everyMappingHasARowInAnAccessMatrix() {
		Set<String> covered = new TreeSet<>(PUBLIC);
		Stream.of(OrganisationAccessTest.ENDPOINTS, PeopleAccessTest.ENDPOINTS, List.of(PeopleAccessTest.HOME),
				VolunteerAccessTest.ENDPOINTS, VolunteerApiTest.ENDPOINTS, ParticipantPagesAccessTest.ENDPOINTS,
				RestrictedAccessMatrixTest.ENDPOINTS, PostalCodeAccessTest.ENDPOINTS, MatchingAccessTest.ENDPOINTS,
				SolveApiTest.ENDPOINTS)
			.flatMap(List::stream)
			.map(Endpoint::toString)
			.forEach(covered::add);

		List<String> missing = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.buddywerk")) {
				return;
			}
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					if (!covered.contains(method + " " + pattern)) {
						missing.add(method + " " + pattern + " (" + handler.getShortLogMessage() + ")");
					}
				}
			}
		});
		assertThat(missing).as("mappings without a row in an access matrix").isEmpty();
	}

	@Test
	void aPathNobodyDeclaredIsDeniedEvenToAnAdmin() throws Exception {
		mvc.perform(get("/not-declared-anywhere")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/not-declared-anywhere").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a")
					.roles(Role.ADMIN.name())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLoginPageAndStaticFilesNeedNoSignIn() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/css/buddywerk.css")).andExpect(status().isOk());
		mvc.perform(get("/js/buddywerk.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.rtl.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void theApiDocumentationNeedsASignInInDemoMode() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
		assertThat(mvc.perform(get("/v3/api-docs").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a")
					.roles(Role.COORDINATOR.name())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("/api/v1/organisations", "/api/v1/programmes");
	}
}
