package org.buddywerk.volunteers;

import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.OrganisationForm;
import org.buddywerk.organisations.OrganisationKind;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Records, not only roles: who reaches which volunteer, and who never reads the coach's notes. */
@BuddywerkTest
class VolunteerRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	VolunteerFixtures fixtures;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	CoachCheckinRepository checkins;

	@Autowired
	OrganisationAdministration organisations;

	@Test
	void aCoordinatorOfAnotherOrganisationCannotSeeOrChangeThisProgrammesVolunteers() throws Exception {
		ProgrammeView woon = fixtures.woonbuddys();
		Enrolment applicant = fixtures.applicant(woon, null);
		RequestPostProcessor outsider = coordinatorOfAnotherOrganisation();

		mvc.perform(get("/volunteers/enrolments/" + applicant.getId()).with(outsider)).andExpect(status().isNotFound());
		mvc.perform(post("/volunteers/enrolments/" + applicant.getId() + "/intake").with(outsider).with(csrf())
			.param("on", "2026-01-01").param("decision", "ACCEPTED").param("version", String.valueOf(applicant.getVersion())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/volunteers/enrolments/" + applicant.getId() + "/stop").with(outsider).with(csrf())
			.param("reason", "x").param("confirmed", "true").param("version", String.valueOf(applicant.getVersion())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/volunteers").param("programme", String.valueOf(woon.id())).with(outsider))
			.andExpect(status().isNotFound());
		mvc.perform(get("/volunteers/programmes/" + woon.id()).with(outsider)).andExpect(status().isNotFound());

		Enrolment after = enrolments.findById(applicant.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(VolunteerStatus.APPLIED);
		assertThat(after.getIntakeOn()).isNull();
		assertThat(after.getVersion()).isEqualTo(applicant.getVersion());
	}

	@Test
	void aCoachReachesOnlyTheBuddiesTheyCoach() throws Exception {
		Enrolment notCoached = fixtures.applicant(fixtures.woonbuddys(), null);
		mvc.perform(get("/coach/buddies/" + notCoached.getVolunteerId()).with(SignedIn.as(accounts, Role.COACH)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/buddies/" + notCoached.getVolunteerId() + "/checkins").with(SignedIn.as(accounts, Role.COACH))
			.with(csrf()).param("on", "2026-01-01").param("note", "not mine")).andExpect(status().isNotFound());
		assertThat(checkins.findByVolunteerIdOrderByHappenedOnDescIdDesc(notCoached.getVolunteerId())).isEmpty();

		String list = page(get("/coach/buddies"), SignedIn.as(accounts, Role.COACH));
		assertThat(list).contains("Demo buddy").doesNotContain("Ingrid Peeters");
	}

	@Test
	void theBuddyNeverReadsTheCoachsCheckInNotesButTheCoordinatorDoes() throws Exception {
		Volunteer buddy = volunteers.findByEmail("buddy@demo.buddywerk.org").orElseThrow();
		String note = "Vermoeid, let op grenzen " + UUID.randomUUID();
		mvc.perform(post("/coach/buddies/" + buddy.getId() + "/checkins").with(SignedIn.as(accounts, Role.COACH)).with(csrf())
			.param("on", "2026-11-01").param("note", note)).andExpect(redirectedUrl("/coach/buddies/" + buddy.getId()));

		assertThat(page(get("/me/volunteer"), SignedIn.as(accounts, Role.BUDDY))).contains("Demo buddy").doesNotContain(note);
		long enrolment = enrolments.findByVolunteerId(buddy.getId()).get(0).getId();
		assertThat(page(get("/volunteers/enrolments/" + enrolment), SignedIn.as(accounts, Role.COORDINATOR))).contains(note);
	}

	@Test
	void aCoachSeesTheScreeningsValidityButNotTheCertificate() throws Exception {
		Volunteer buddy = volunteers.findByEmail("buddy@demo.buddywerk.org").orElseThrow();
		String page = page(get("/coach/buddies/" + buddy.getId()), SignedIn.as(accounts, Role.COACH));
		assertThat(page).contains("Screening geldig tot").doesNotContain("Uittreksel", "strafregister");
	}

	@Test
	void anAccountWithoutAVolunteerRecordIsInvitedToSignUp() throws Exception {
		String email = "geen-vrijwilliger-" + UUID.randomUUID() + "@example.org";
		long welfare = fixtures.woonbuddys().organisationId();
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("email", email)
			.param("displayName", "Nog geen vrijwilliger").param("language", "nl")
			.param("password", "a long and private sentence").param("roles", welfare + ":BUDDY"));
		assertThat(page(get("/me/volunteer"), user(accounts.loadUserByUsername(email)))).contains("/join");
	}

	private RequestPostProcessor coordinatorOfAnotherOrganisation() throws Exception {
		String suffix = UUID.randomUUID().toString();
		long other = organisations.createOrganisation(new OrganisationForm("Ander OCMW " + suffix,
				OrganisationKind.WELFARE_ORGANISATION, null, null, null));
		String email = "andere-coordinator-" + suffix + "@example.org";
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("email", email)
			.param("displayName", "Andere coördinator").param("language", "nl")
			.param("password", "a long and private sentence").param("roles", other + ":COORDINATOR"))
			.andExpect(redirectedUrl("/admin/accounts"));
		return user(accounts.loadUserByUsername(email));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
