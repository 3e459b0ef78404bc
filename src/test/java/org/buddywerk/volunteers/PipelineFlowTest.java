package org.buddywerk.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A coordinator takes a volunteer through every step on the real pages; each rule holds on the way. */
@BuddywerkTest
class PipelineFlowTest {

	static final List<String> HOSTILE = HostileInput.VALUES;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	VolunteerFixtures fixtures;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	EnrolmentEventRepository events;

	@Autowired
	RequiredTrainingRepository trainings;

	@Autowired
	People people;

	@Autowired
	java.time.Clock clock;

	@Test
	void fromAppliedToAvailableEachStepNeedsItsRequirementsAndIsRecorded() throws Exception {
		ProgrammeView woon = fixtures.woonbuddys();
		String email = "flow-" + UUID.randomUUID() + "@example.org";
		long account = people.createVolunteerAccount(email, "Flow Volunteer", java.util.Locale.forLanguageTag("nl"),
				"a long and private sentence", Set.of(woon.organisationId()));
		long id = fixtures.applicant(woon, account).getId();
		LocalDate today = Today.on(clock);
		long coordinator = people.accountIdOf(SignedIn.demoEmail(Role.COORDINATOR)).orElseThrow();

		assertThat(step(id, "advance", Map.of())).contains("Het intakegesprek is nog niet vastgelegd");
		assertThat(status(id)).isEqualTo(VolunteerStatus.APPLIED);

		assertThat(step(id, "intake", Map.of("on", today.toString(), "decision", "ACCEPTED", "notes", "Warm gesprek"))).isNull();
		assertThat(status(id)).isEqualTo(VolunteerStatus.INTAKE_DONE);

		assertThat(step(id, "screening", Map.of("kind", "NL_VOG", "issuedOn", today.plusDays(1).toString())))
			.contains("Deze datum ligt in de toekomst.");
		assertThat(step(id, "screening", Map.of("kind", "NL_VOG", "issuedOn", today.minusDays(10).toString(),
				"validUntil", today.minusDays(20).toString()))).contains("De einddatum moet na de uitreikingsdatum liggen.");
		assertThat(step(id, "screening", Map.of("kind", "NL_VOG", "issuedOn", today.minusDays(10).toString()))).isNull();
		Enrolment screened = enrolments.findById(id).orElseThrow();
		assertThat(screened.getStatus()).isEqualTo(VolunteerStatus.SCREENED);
		assertThat(screened.getScreeningValidUntil()).isEqualTo(today.minusDays(10).plusMonths(36));

		List<RequiredTraining> required = trainings.findByProgrammeIdOrderByName(woon.id());
		assertThat(required).isNotEmpty();
		assertThat(step(id, "advance", Map.of())).contains("Niet alle verplichte opleidingen zijn gevolgd.");
		for (RequiredTraining training : required) {
			assertThat(step(id, "training", Map.of("trainingId", String.valueOf(training.getId()), "completedOn",
					today.toString(), "hours", "3.5"))).isNull();
		}
		assertThat(status(id)).isEqualTo(VolunteerStatus.TRAINED);

		assertThat(step(id, "advance", Map.of())).contains("Er is nog geen vrijwilligerscoach toegewezen.");
		long coach = people.accountIdOf(SignedIn.demoEmail(Role.COACH)).orElseThrow();
		assertThat(step(id, "coach", Map.of("coachAccountId", String.valueOf(coach)))).isNull();
		assertThat(step(id, "advance", Map.of())).isNull();
		assertThat(status(id)).isEqualTo(VolunteerStatus.AVAILABLE);

		assertThat(events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(id))
			.filteredOn(e -> e.getKind() == EnrolmentEvent.Kind.STATUS)
			.extracting(EnrolmentEvent::getToStatus)
			.containsExactly(VolunteerStatus.AVAILABLE, VolunteerStatus.TRAINED, VolunteerStatus.SCREENED,
					VolunteerStatus.INTAKE_DONE);
		assertThat(events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(id))
			.filteredOn(e -> e.getKind() != EnrolmentEvent.Kind.APPLIED)
			.allSatisfy(e -> assertThat(e.getActorAccountId()).isEqualTo(coordinator));

		String own = mvc.perform(get("/me/volunteer").with(user(accounts.loadUserByUsername(email))))
			.andReturn().getResponse().getContentAsString();
		assertThat(own).contains("Beschikbaar", "U bent klaar!");
	}

	@Test
	void aCoachOfAnotherOrganisationCannotBeAssigned() throws Exception {
		long id = fixtures.applicant(fixtures.woonbuddys(), null).getId();
		long admin = people.accountIdOf(SignedIn.demoEmail(Role.ADMIN)).orElseThrow();
		assertThat(step(id, "coach", Map.of("coachAccountId", String.valueOf(admin))))
			.contains("Kies een coach van deze organisatie.");
		assertThat(enrolments.findById(id).orElseThrow().getCoachAccountId()).isNull();
	}

	@Test
	void stoppingNeedsAConfirmationAndThenEndsTheVolunteersAccount() throws Exception {
		ProgrammeView woon = fixtures.woonbuddys();
		String email = "stop-" + UUID.randomUUID() + "@example.org";
		long account = people.createVolunteerAccount(email, "Stop Volunteer", java.util.Locale.forLanguageTag("nl"),
				"a long and private sentence", Set.of(woon.organisationId()));
		long id = fixtures.applicant(woon, account).getId();

		assertThat(step(id, "stop", Map.of("reason", "Verhuist naar het buitenland"))).contains("Bevestig eerst");
		assertThat(status(id)).isEqualTo(VolunteerStatus.APPLIED);
		assertThat(accounts.loadUserByUsername(email).isEnabled()).isTrue();

		assertThat(step(id, "stop", Map.of("reason", "Verhuist naar het buitenland", "confirmed", "true"))).isNull();
		assertThat(status(id)).isEqualTo(VolunteerStatus.STOPPED);
		assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();
	}

	@Test
	void aPauseRemembersTheStepAndResumeReturnsToIt() throws Exception {
		long id = fixtures.applicant(fixtures.woonbuddys(), null).getId();
		step(id, "intake", Map.of("on", Today.on(clock).toString(), "decision", "ACCEPTED"));
		assertThat(step(id, "pause", Map.of("reason", "Even geen tijd"))).isNull();
		assertThat(status(id)).isEqualTo(VolunteerStatus.PAUSED);
		assertThat(step(id, "advance", Map.of())).contains("gepauzeerd of gestopt");
		assertThat(step(id, "resume", Map.of())).isNull();
		assertThat(status(id)).isEqualTo(VolunteerStatus.INTAKE_DONE);
	}

	@Test
	void aStepSentWithAnOldVersionIsRefusedAndChangesNothing() throws Exception {
		Enrolment applicant = fixtures.applicant(fixtures.woonbuddys(), null);
		step(applicant.getId(), "pause", Map.of("reason", "eerst"));
		String page = send(applicant.getId(), "intake", Map.of("on", Today.on(clock).toString(), "decision", "ACCEPTED",
				"version", String.valueOf(applicant.getVersion())));
		assertThat(page).contains("Iemand anders heeft dit intussen gewijzigd");
		assertThat(enrolments.findById(applicant.getId()).orElseThrow().getIntakeOn()).isNull();
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryStepFormGetsAMessageOrIsStoredAsText(String value) throws Exception {
		long id = fixtures.applicant(fixtures.woonbuddys(), null).getId();
		String today = Today.on(clock).toString();
		Map<String, Map<String, String>> forms = Map.of(
				"intake", Map.of("on", today, "decision", "ACCEPTED", "notes", "ok"),
				"screening", Map.of("kind", "NL_VOG", "issuedOn", today, "validUntil", ""),
				"training", Map.of("trainingId", "1", "completedOn", today, "hours", "2"),
				"coach", Map.of("coachAccountId", "1"),
				"pause", Map.of("reason", "ok"),
				"standby-contact", Map.of("on", today, "note", "ok"),
				"stop", Map.of("reason", "ok", "confirmed", "false"));
		for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
			for (String field : form.getValue().keySet()) {
				MockHttpServletRequestBuilder request = post("/volunteers/enrolments/" + id + "/" + form.getKey())
					.with(SignedIn.as(accounts, Role.COORDINATOR)).with(csrf())
					.param("version", String.valueOf(enrolments.findById(id).orElseThrow().getVersion()));
				form.getValue().forEach((name, good) -> request.param(name, name.equals(field) ? value : good));
				MvcResult result = mvc.perform(request).andReturn();
				assertThat(result.getResponse().getStatus()).as("%s.%s", form.getKey(), field).isIn(200, 302, 400, 409);
				assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
			}
		}
	}

	/** Posts a step with the current version; null when it was accepted (redirect), else the page shown. */
	private String step(long id, String step, Map<String, String> params) throws Exception {
		Map<String, String> withVersion = new java.util.HashMap<>(params);
		withVersion.put("version", String.valueOf(enrolments.findById(id).orElseThrow().getVersion()));
		return send(id, step, withVersion);
	}

	private String send(long id, String step, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post("/volunteers/enrolments/" + id + "/" + step)
			.with(SignedIn.as(accounts, Role.COORDINATOR)).with(csrf());
		params.forEach(request::param);
		MvcResult result = mvc.perform(request).andReturn();
		if (result.getResponse().getRedirectedUrl() != null) {
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/volunteers/enrolments/" + id);
			return null;
		}
		return result.getResponse().getContentAsString();
	}

	private VolunteerStatus status(long id) {
		return enrolments.findById(id).orElseThrow().getStatus();
	}
}
