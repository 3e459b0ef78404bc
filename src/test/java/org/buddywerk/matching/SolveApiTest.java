package org.buddywerk.matching;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The solver over REST: coordinators only, the optimum in the command line's JSON, problems in their language. */
@BuddywerkTest
public class SolveApiTest {

	public static final List<Endpoint> ENDPOINTS = List.of(Endpoint.of(POST, "/api/v1/matching/solve", Role.COORDINATOR));

	/** Greedy would give Anna her cheapest buddy Chris and leave Bilal waiting (101); the optimum is 7. */
	static final String INSTANCE = """
			{"participants":[{"id":"anna","unmatchedPenalty":100},{"id":"bilal","unmatchedPenalty":100}],
			 "buddies":[{"id":"chris","capacity":1},{"id":"dina","capacity":1}],
			 "pairs":[{"participant":"anna","buddy":"chris","cost":1},{"participant":"anna","buddy":"dina","cost":5},
			          {"participant":"bilal","buddy":"chris","cost":2}]}
			""";

	/** A coordinator without an account, so that no stored language preference beats Accept-Language. */
	static final RequestPostProcessor COORDINATOR = user("solve-api@test.buddywerk.org").roles(Role.COORDINATOR.name());

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyCoordinatorsGetThrough(Endpoint endpoint, Role role) throws Exception {
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of());
	}

	@Test
	void aCoordinatorGetsTheOptimalAssignment() throws Exception {
		mvc.perform(solve(INSTANCE).with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.objective").value(7))
			.andExpect(jsonPath("$.pairs[*].participant").value(contains("anna", "bilal")))
			.andExpect(jsonPath("$.pairs[*].buddy").value(contains("dina", "chris")))
			.andExpect(jsonPath("$.pairs[*].cost").value(contains(5, 2)))
			.andExpect(jsonPath("$.unmatched").isEmpty());
	}

	@Test
	void aBadInstanceIsAProblemInTheCallersLanguage() throws Exception {
		String unknownBuddy = INSTANCE.replace("\"buddy\":\"dina\"", "\"buddy\":\"eve\"");
		problem(unknownBuddy, "en").andExpect(jsonPath("$.detail").value("The pair anna and eve names an unknown buddy: eve."))
			.andExpect(jsonPath("$.title").value("This request is not right"));
		problem(unknownBuddy, "uk").andExpect(jsonPath("$.detail").value("Пара anna і eve називає невідомого бадді: eve."));
		problem(unknownBuddy, "nl").andExpect(jsonPath("$.detail").value("Het paar anna en eve noemt een onbekende buddy: eve."));
		problem(INSTANCE.replace("\"cost\":2", "\"cost\":2.5"), "fr")
			.andExpect(jsonPath("$.detail").value("pairs[2].cost doit être un nombre entier."));
		problem(INSTANCE.replace("\"cost\":2", "\"cost\":-2"), "ar")
			.andExpect(jsonPath("$.detail").value("كلفة الزوج bilal وchris هي -2؛ ويجب أن تكون من 0 إلى 1000000000."));
		problem("{\"participants\":[", "en").andExpect(jsonPath("$.detail").value(startsWith(
				"The instance is not valid JSON")));
		problem("", "en").andExpect(jsonPath("$.detail").value("instance must be an object."));
	}

	@Test
	void aBodyOverTheLimitIsRefusedAsTooLarge() throws Exception {
		byte[] tooLarge = new byte[SolveApi.MAX_BYTES + 1];
		mvc.perform(post("/api/v1/matching/solve").with(csrf()).with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(tooLarge)).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void theEndpointIsDescribedInOpenApiWithItsRequestAndResultShape() throws Exception {
		mvc.perform(get("/v3/api-docs").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/matching/solve'].post.requestBody.content['application/json'].schema.$ref")
				.value(endsWith("MatchingInstance")))
			.andExpect(jsonPath("$.paths['/api/v1/matching/solve'].post.responses['200'].content['application/json'].schema.$ref")
				.value(endsWith("MatchingResult")));
	}

	private ResultActions problem(String instance, String language) throws Exception {
		return mvc.perform(solve(instance).with(COORDINATOR).header("Accept-Language", language))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
	}

	private static MockHttpServletRequestBuilder solve(String instance) {
		return post("/api/v1/matching/solve").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(instance);
	}
}
