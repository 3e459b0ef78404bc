package org.buddywerk.participants;

import java.time.LocalDate;
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

/** Every intake and list page against every role; which records each reaches is in {@link ParticipantPagesTest}. */
@BuddywerkTest
public class ParticipantPagesAccessTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/participants/new", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/participants", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/participants/caseload", Role.PROFESSIONAL),
			Endpoint.of(GET, "/participants/waiting", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/participants/{id}", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(GET, "/participants/{id}/edit", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/edit", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/consents", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/sharing", Role.PROFESSIONAL, Role.COORDINATOR),
			Endpoint.of(POST, "/participants/{id}/consents/{consentId}/withdraw", Role.PROFESSIONAL, Role.COORDINATOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ParticipantPagesFixtures fixtures;

	@Autowired
	Consents consents;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		Participant participant = fixtures.family(ParticipantPagesFixtures.unique("Toegang"), LocalDate.now().minusDays(30));
		long consent = consents.record(participant.getId(), fixtures.professional(), ConsentPurpose.PROGRAMME, null, "nl",
				ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, LocalDate.now().minusDays(30)).getId();
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", participant.getId(), "consentId", consent));
	}
}
