package org.buddywerk.volunteers;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Every volunteers page against every role; which records each role reaches is in {@link VolunteerRecordsTest}. */
@BuddywerkTest
public class VolunteerAccessTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/volunteers", Role.COORDINATOR),
			Endpoint.of(GET, "/volunteers/standby", Role.COORDINATOR),
			Endpoint.of(GET, "/volunteers/enrolments/{id}", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/intake", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/screening", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/training", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/coach", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/advance", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/pause", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/resume", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/stop", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/standby-contact", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/enrolments/{id}/standby-told", Role.COORDINATOR),
			Endpoint.of(GET, "/volunteers/programmes/{programmeId}", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/programmes/{programmeId}/validity", Role.COORDINATOR),
			Endpoint.of(POST, "/volunteers/programmes/{programmeId}/trainings", Role.COORDINATOR),
			Endpoint.of(GET, "/coach/buddies", Role.COACH),
			Endpoint.of(GET, "/coach/buddies/{volunteerId}", Role.COACH),
			Endpoint.of(POST, "/coach/buddies/{volunteerId}/checkins", Role.COACH),
			Endpoint.of(GET, "/me/volunteer", Role.BUDDY),
			Endpoint.of(POST, "/me/volunteer/profile", Role.BUDDY),
			// pause, then resume: the demo buddy ends where they started
			Endpoint.of(POST, "/me/volunteer/pause", Role.BUDDY),
			Endpoint.of(POST, "/me/volunteer/resume", Role.BUDDY));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	VolunteerFixtures fixtures;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		Volunteer demoBuddy = volunteers.findByEmail("buddy@demo.buddywerk.org").orElseThrow();
		Enrolment applicant = enrolments.findByVolunteerId(volunteers.findByEmail("ingrid@demo.buddywerk.org")
			.orElseThrow().getId()).get(0);
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", applicant.getId(), "programmeId",
				applicant.getProgrammeId(), "volunteerId", demoBuddy.getId()));
	}

	@AfterAll
	static void demoBuddyIsNotLeftPaused(@Autowired EnrolmentRepository enrolments, @Autowired Pipeline pipeline,
			@Autowired VolunteerRepository volunteers) {
		Volunteer demoBuddy = volunteers.findByEmail("buddy@demo.buddywerk.org").orElseThrow();
		enrolments.findByVolunteerId(demoBuddy.getId()).stream().filter(e -> e.getStatus() == VolunteerStatus.PAUSED)
			.forEach(e -> pipeline.resume(e.getId(), e.getVersion(), demoBuddy.getAccountId()));
	}
}
