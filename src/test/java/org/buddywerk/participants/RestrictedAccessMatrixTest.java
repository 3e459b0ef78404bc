package org.buddywerk.participants;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every role against the restricted profile, break-glass, audit log, self-service and API mappings; which
 * records each role reaches is in {@link RestrictedProfileTest}, {@link ParticipantApiTest} and
 * {@link OwnParticipantPageTest}.
 */
@BuddywerkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class RestrictedAccessMatrixTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/participants/{id}/restricted", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/restricted", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/participants/{id}/break-glass", Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/break-glass", Role.COORDINATOR),
			Endpoint.of(GET, "/admin/audit", Role.ADMIN),
			Endpoint.of(GET, "/me/participant", Role.PARTICIPANT),
			Endpoint.of(POST, "/me/participant/consents/{consentId}/withdraw", Role.PARTICIPANT),
			Endpoint.of(GET, "/api/v1/participants", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/api/v1/participants/{id}", Role.PROFESSIONAL, Role.COORDINATOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RestrictedFixtures fixtures;

	Participant participant;

	ConsentRecord consent;

	@BeforeAll
	void aParticipantOfTheirOwn() {
		participant = fixtures.participant("Matrix");
		consent = fixtures.consent(participant, ConsentPurpose.MATCHING);
	}

	Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	/** The demo participant is not this participant: their withdrawal of this consent is a 404, but got through. */
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", participant.getId(), "consentId", consent.getId()));
	}
}
