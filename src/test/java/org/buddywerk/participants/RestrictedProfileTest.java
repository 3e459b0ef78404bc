package org.buddywerk.participants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.TestClock;
import org.buddywerk.participants.RestrictedFixtures.Person;
import org.buddywerk.participants.RestrictedFixtures.Secrets;
import org.buddywerk.platform.Role;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The restricted profile: read and written by the participant's professional, every read audited once and
 * without the values; seen by nobody else, on no page or endpoint; break-glass for the programme's
 * coordinators only, with a reason, for three hours, visible to the contact professional.
 */
@BuddywerkTest
class RestrictedProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RestrictedFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	RestrictedProfiles restricted;

	@Autowired
	RestrictedProfileRepository profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theContactProfessionalReadsAndWritesItAndEachReadIsAuditedOnceWithoutTheValues() throws Exception {
		Participant participant = fixtures.participant("Lesia");
		Secrets secrets = fixtures.withSecrets(participant);
		RequestPostProcessor professional = SignedIn.as(accounts, Role.PROFESSIONAL);
		String url = "/participants/" + participant.getId() + "/restricted";

		int before = audit.about(participant.getId()).size();
		String page = mvc.perform(get(url).with(professional))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(secrets.all().toArray(String[]::new));
		List<AuditEntry> entries = audit.about(participant.getId());
		assertThat(entries).hasSize(before + 1);
		AuditEntry read = entries.get(entries.size() - 1);
		assertThat(read.getAction()).isEqualTo(AuditEntry.Action.READ);
		assertThat(read.getSection()).isEqualTo("restricted");
		assertThat(read.getActorAccountId()).isEqualTo(fixtures.demo(Role.PROFESSIONAL));

		long version = profiles.findById(participant.getId()).orElseThrow().getVersion();
		Secrets changed = Secrets.unique();
		mvc.perform(post(url).with(professional).with(csrf()).param("vulnerabilities", changed.vulnerabilities())
			.param("psychosocial", changed.psychosocial()).param("healthAccess", changed.healthAccess())
			.param("residence", changed.residence()).param("otherNotes", changed.otherNotes())
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(url));
		RestrictedProfile saved = profiles.findById(participant.getId()).orElseThrow();
		assertThat(List.of(saved.getVulnerabilities(), saved.getPsychosocial(), saved.getHealthAccess(),
				saved.getResidence(), saved.getOtherNotes())).isEqualTo(changed.all());
		assertThat(mvc.perform(get(url).with(professional)).andReturn().getResponse().getContentAsString())
			.contains(changed.all().toArray(String[]::new));

		// a stale version: told, nothing overwritten
		String stale = mvc.perform(post(url).with(professional).with(csrf()).param("vulnerabilities", "oud")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("Iemand anders heeft dit intussen gewijzigd");
		assertThat(profiles.findById(participant.getId()).orElseThrow().getVulnerabilities())
			.isEqualTo(changed.vulnerabilities());

		String auditTable = jdbc.queryForList("select * from audit_entry").toString();
		assertThat(auditTable).doesNotContain(secrets.all().toArray(String[]::new))
			.doesNotContain(changed.all().toArray(String[]::new));
	}

	@Test
	void nobodyElseGetsAnyOfItOnAnyPageOrEndpointAndDeniedAttemptsAreAudited() throws Exception {
		Participant participant = fixtures.participant("Halyna");
		Secrets secrets = fixtures.withSecrets(participant);
		Person colleague = fixtures.account(mvc, accounts, Role.PROFESSIONAL, fixtures.welfare());
		Person self = fixtures.account(mvc, accounts, Role.PARTICIPANT, fixtures.welfare());
		fixtures.link(participant, self.id());

		List<RequestPostProcessor> others = new ArrayList<>();
		for (Role role : List.of(Role.BUDDY, Role.COACH, Role.ANALYST, Role.ADMIN, Role.PARTNER, Role.PARTICIPANT,
				Role.COORDINATOR)) {
			others.add(SignedIn.as(accounts, role));
		}
		others.add(colleague.signedIn());
		others.add(self.signedIn());

		long id = participant.getId();
		// the participant's page (/participants/{id}) is the other part of this issue; it is asked for too
		List<java.util.function.Supplier<MockHttpServletRequestBuilder>> requests = List.of(
				() -> get("/participants/" + id), () -> get("/participants/" + id + "/restricted"),
				() -> post("/participants/" + id + "/restricted").with(csrf()).param("vulnerabilities", "x"),
				() -> get("/participants/" + id + "/break-glass"),
				() -> get("/api/v1/participants").accept(MediaType.APPLICATION_JSON),
				() -> get("/api/v1/participants").param("programme", String.valueOf(participant.getProgrammeId()))
					.accept(MediaType.APPLICATION_JSON),
				() -> get("/api/v1/participants/" + id).accept(MediaType.APPLICATION_JSON), () -> get("/me/participant"),
				() -> get("/participants/" + id + "/restricted").param("x", HostileInput.SCRIPT));
		for (RequestPostProcessor who : others) {
			for (java.util.function.Supplier<MockHttpServletRequestBuilder> request : requests) {
				MvcResult result = mvc.perform(request.get().with(who)).andReturn();
				assertThat(result.getResponse().getStatus()).isLessThan(500);
				assertThat(result.getResponse().getContentAsString()).as(result.getRequest().getRequestURI())
					.doesNotContain(secrets.all().toArray(String[]::new));
			}
		}
		// the participant sees their own page, without anything restricted
		assertThat(mvc.perform(get("/me/participant").with(self.signedIn())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains(participant.getFirstName());

		// a colleague of the same organisation is told it does not exist; the attempt is in the log
		int before = audit.about(id).size();
		mvc.perform(get("/participants/" + id + "/restricted").with(colleague.signedIn())).andExpect(status().isNotFound());
		List<AuditEntry> entries = audit.about(id);
		assertThat(entries).hasSize(before + 1);
		assertThat(entries.get(entries.size() - 1).getAction()).isEqualTo(AuditEntry.Action.DENIED);
		assertThat(entries.get(entries.size() - 1).getActorAccountId()).isEqualTo(colleague.id());

		// the coordinator without break-glass is sent to the break-glass page
		mvc.perform(get("/participants/" + id + "/restricted").with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(redirectedUrl("/participants/" + id + "/break-glass"));
	}

	@Test
	void aCoordinatorBreaksTheGlassWithAReasonForThreeHoursAndTheProfessionalSeesIt() throws Exception {
		Participant participant = fixtures.participant("Mariam");
		Secrets secrets = fixtures.withSecrets(participant);
		long id = participant.getId();
		String url = "/participants/" + id + "/restricted";
		RequestPostProcessor coordinator = SignedIn.as(accounts, Role.COORDINATOR);

		String form = mvc.perform(get("/participants/" + id + "/break-glass").with(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("3 uur").doesNotContain(secrets.all().toArray(String[]::new));

		// the reason is required
		for (String blank : List.of("", "   ")) {
			String refused = mvc.perform(post("/participants/" + id + "/break-glass").with(coordinator).with(csrf())
				.param("reason", blank)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(refused).contains("Vul dit in.");
		}
		assertThat(restricted.breakGlassesOn(id)).isEmpty();
		mvc.perform(get(url).with(coordinator)).andExpect(redirectedUrl("/participants/" + id + "/break-glass"));

		String reason = "Crisis: de school meldt zorgen " + java.util.UUID.randomUUID();
		mvc.perform(post("/participants/" + id + "/break-glass").with(coordinator).with(csrf()).param("reason", reason))
			.andExpect(redirectedUrl(url));
		assertThat(audit.about(id).get(audit.about(id).size() - 1).getAction()).isEqualTo(AuditEntry.Action.BREAK_GLASS);

		int before = audit.about(id).size();
		assertThat(mvc.perform(get(url).with(coordinator)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(secrets.all().toArray(String[]::new));
		assertThat(audit.about(id)).hasSize(before + 1);
		assertThat(audit.about(id).get(before).getAction()).isEqualTo(AuditEntry.Action.READ);
		assertThat(audit.about(id).get(before).getActorAccountId()).isEqualTo(fixtures.demo(Role.COORDINATOR));

		// the contact professional sees who broke the glass and why
		assertThat(mvc.perform(get(url).with(SignedIn.as(accounts, Role.PROFESSIONAL))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(reason, "Demo coordinator");

		// three hours and a minute later, the very next request is denied, and audited so
		clock.advance(Duration.ofHours(3).plusMinutes(1));
		int beforeExpiry = audit.about(id).size();
		mvc.perform(post(url).with(coordinator).with(csrf()).param("vulnerabilities", "overschreven"))
			.andExpect(status().isNotFound());
		assertThat(audit.about(id)).hasSize(beforeExpiry + 1);
		assertThat(audit.about(id).get(beforeExpiry).getAction()).isEqualTo(AuditEntry.Action.DENIED);
		assertThat(profiles.findById(id).orElseThrow().getVulnerabilities()).isEqualTo(secrets.vulnerabilities());
		MvcResult after = mvc.perform(get(url).with(coordinator)).andReturn();
		assertThat(after.getResponse().getRedirectedUrl()).isEqualTo("/participants/" + id + "/break-glass");
		assertThat(after.getResponse().getContentAsString()).doesNotContain(secrets.all().toArray(String[]::new));
	}

	@Test
	void nobodyButTheProgrammesCoordinatorsCanBreakTheGlass() throws Exception {
		Participant participant = fixtures.participant("Nadia");
		Secrets secrets = fixtures.withSecrets(participant);
		long id = participant.getId();
		for (Role role : List.of(Role.BUDDY, Role.PROFESSIONAL, Role.ADMIN, Role.COACH, Role.PARTICIPANT)) {
			mvc.perform(get("/participants/" + id + "/break-glass").with(SignedIn.as(accounts, role)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/participants/" + id + "/break-glass").with(SignedIn.as(accounts, role)).with(csrf())
				.param("reason", "ik wil het zien")).andExpect(status().isForbidden());
		}
		Person outsider = fixtures.account(mvc, accounts, Role.COORDINATOR, fixtures.organisation("Ander OCMW"));
		mvc.perform(get("/participants/" + id + "/break-glass").with(outsider.signedIn())).andExpect(status().isNotFound());
		mvc.perform(post("/participants/" + id + "/break-glass").with(outsider.signedIn()).with(csrf())
			.param("reason", "ik wil het zien")).andExpect(status().isNotFound());
		String answer = mvc.perform(get("/participants/" + id + "/restricted").with(outsider.signedIn()))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain(secrets.all().toArray(String[]::new));
		assertThat(restricted.breakGlassesOn(id)).isEmpty();
	}

	@Test
	void aProfessionalOfAnotherOrganisationGetsNotFoundAndChangesNothing() throws Exception {
		Participant participant = fixtures.participant("Olha");
		Secrets secrets = fixtures.withSecrets(participant);
		long id = participant.getId();
		RestrictedProfile before = profiles.findById(id).orElseThrow();
		Person outsider = fixtures.account(mvc, accounts, Role.PROFESSIONAL, fixtures.organisation("Ander CAW"));

		for (MockHttpServletRequestBuilder request : List.of(get("/participants/" + id + "/restricted"),
				post("/participants/" + id + "/restricted").with(csrf()).param("vulnerabilities", "gewist")
					.param("version", String.valueOf(before.getVersion())),
				get("/api/v1/participants/" + id).accept(MediaType.APPLICATION_JSON))) {
			String answer = mvc.perform(request.with(outsider.signedIn())).andExpect(status().isNotFound())
				.andReturn().getResponse().getContentAsString();
			assertThat(answer).doesNotContain(secrets.all().toArray(String[]::new)).doesNotContain(participant.getFirstName());
		}
		RestrictedProfile after = profiles.findById(id).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getVulnerabilities()).isEqualTo(secrets.vulnerabilities());
		assertThat(fixtures.reload(participant).getVersion()).isEqualTo(participant.getVersion());
	}

	@Test
	void hostileInputInEveryFieldNeverBreaksAnything() throws Exception {
		Participant participant = fixtures.participant("Yana");
		fixtures.withSecrets(participant);
		long id = participant.getId();
		RequestPostProcessor professional = SignedIn.as(accounts, Role.PROFESSIONAL);
		for (String field : List.of("vulnerabilities", "psychosocial", "healthAccess", "residence", "otherNotes", "version")) {
			for (String value : HostileInput.VALUES) {
				long version = profiles.findById(id).orElseThrow().getVersion();
				MockHttpServletRequestBuilder request = post("/participants/" + id + "/restricted").with(professional)
					.with(csrf()).param(field, value);
				if (!field.equals("version")) {
					request.param("version", String.valueOf(version));
				}
				MvcResult result = mvc.perform(request).andReturn();
				assertThat(result.getResponse().getStatus()).as("%s=%s", field, value).isLessThan(500);
				assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
			}
		}
		for (String value : HostileInput.VALUES) {
			MvcResult result = mvc.perform(post("/participants/" + id + "/break-glass")
				.with(SignedIn.as(accounts, Role.COORDINATOR)).with(csrf()).param("reason", value)).andReturn();
			assertThat(result.getResponse().getStatus()).as("reason=%s", value).isLessThan(500);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
		}
		for (String value : HostileInput.VALUES) {
			int status = mvc.perform(get("/participants/{id}/restricted", value).with(professional)).andReturn()
				.getResponse().getStatus();
			assertThat(status).as("id=%s", value).isLessThan(500);
		}
		// what the break-glass reasons above stored is shown escaped to the professional
		assertThat(mvc.perform(get("/participants/" + id + "/restricted").with(professional)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
	}
}
