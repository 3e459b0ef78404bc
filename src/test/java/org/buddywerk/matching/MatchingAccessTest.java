package org.buddywerk.matching;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.platform.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every matching and trajectory page against every role. Which records each role reaches (a buddy never sees
 * other buddies' proposals, a professional only their participants') is in {@link MatchingFlowTest}.
 */
@BuddywerkTest
public class MatchingAccessTest {

	private static final Role[] TRIANGLE = { Role.BUDDY, Role.PARTICIPANT, Role.PROFESSIONAL, Role.COORDINATOR, Role.COACH };

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/matching", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/programmes/{id}", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/programmes/{id}/runs", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/programmes/{id}/rules", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/programmes/{id}/settings", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/programmes/{id}/settings", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/programmes/{id}/interpreters", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/runs/{id}", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/runs/{id}/publish", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/participants/{id}", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/participants/{id}/proposals", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/enrolments/{id}", Role.COORDINATOR),
			Endpoint.of(GET, "/matching/proposals", Role.COORDINATOR, Role.PROFESSIONAL),
			Endpoint.of(GET, "/matching/proposals/{id}", Role.COORDINATOR, Role.PROFESSIONAL),
			Endpoint.of(POST, "/matching/proposals/{id}/introduction", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/proposals/{id}/withdraw", Role.COORDINATOR),
			Endpoint.of(POST, "/matching/proposals/{id}/answer", Role.COORDINATOR, Role.PROFESSIONAL),
			Endpoint.of(GET, "/me/matches", Role.BUDDY, Role.PARTICIPANT),
			Endpoint.of(POST, "/me/matches/{id}/answer", Role.BUDDY, Role.PARTICIPANT),
			Endpoint.of(GET, "/trajectories", TRIANGLE),
			Endpoint.of(GET, "/trajectories/{id}", TRIANGLE));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MatchingFixtures fixtures;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		String path = endpoint.pattern();
		// real records where a page shows one; an id nobody has where the request would change one
		long id = path.startsWith("/matching/programmes") ? fixtures.demoProgramme()
				: path.startsWith("/matching/participants/{id}") && endpoint.method() == GET ? fixtures.oksana()
				: path.startsWith("/matching/enrolments") ? fixtures.demoBuddyEnrolment()
				: Long.MAX_VALUE;
		if (path.endsWith("/runs") || path.endsWith("/settings") && endpoint.method() == POST) {
			id = Long.MAX_VALUE;
		}
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", id));
	}
}
