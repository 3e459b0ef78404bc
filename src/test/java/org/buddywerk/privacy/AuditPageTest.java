package org.buddywerk.privacy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log for administrators: listed newest first, filtered, and read-only. */
@BuddywerkTest
class AuditPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void adminsSeeTheEntriesOfOneParticipantWithWhoWhatAndWhen() throws Exception {
		long participant = unusedParticipantId();
		long other = unusedParticipantId();
		long professional = people.accountIdOf(SignedIn.demoEmail(Role.PROFESSIONAL)).orElseThrow();
		long coordinator = people.accountIdOf(SignedIn.demoEmail(Role.COORDINATOR)).orElseThrow();
		audit.record(professional, participant, "restricted", AuditEntry.Action.READ);
		audit.record(coordinator, participant, "restricted", AuditEntry.Action.DENIED);
		audit.record(coordinator, other, "restricted", AuditEntry.Action.BREAK_GLASS);

		String page = page(get("/admin/audit").param("participant", String.valueOf(participant)));
		assertThat(page).contains("2 gevonden", "Demo professional", "Demo coordinator", "gelezen", "geweigerd",
				"Vertrouwelijk profiel", "participant=" + participant).doesNotContain("participant=" + other, "noodtoegang");

		String byActor = page(get("/admin/audit").param("participant", String.valueOf(participant))
			.param("actor", SignedIn.demoEmail(Role.COORDINATOR)));
		assertThat(byActor).contains("1 gevonden", "geweigerd").doesNotContain("gelezen");
		assertThat(page(get("/admin/audit").param("participant", String.valueOf(participant))
			.param("actor", String.valueOf(professional)))).contains("1 gevonden", "gelezen");

		assertThat(page(get("/admin/audit"))).contains("Demo coordinator");
	}

	@Test
	void unknownActorsAndMalformedNumbersAreSaidAndHostileInputBreaksNothing() throws Exception {
		assertThat(page(get("/admin/audit").param("actor", "niemand@example.org")))
			.contains("Er is geen account met dit e-mailadres of nummer.");
		assertThat(page(get("/admin/audit").param("participant", "twaalf"))).contains("Deze waarde is ongeldig.");
		for (String value : HostileInput.VALUES) {
			for (String parameter : List.of("participant", "actor", "page")) {
				String answer = mvc.perform(get("/admin/audit").param(parameter, value).with(SignedIn.as(accounts, Role.ADMIN)))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
				assertThat(answer).doesNotContain(HostileInput.SCRIPT);
			}
		}
	}

	@Test
	void nothingInTheApplicationChangesOrDeletesAuditEntries() throws Exception {
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean audit = handler.getBeanType().getPackageName().equals("org.buddywerk.privacy")
					|| info.getPatternValues().stream().anyMatch(p -> p.contains("audit"));
			if (audit) {
				assertThat(info.getMethodsCondition().getMethods()).as(info.toString()).containsOnly(RequestMethod.GET);
			}
		});
		long participant = unusedParticipantId();
		audit.record(people.accountIdOf(SignedIn.demoEmail(Role.PROFESSIONAL)).orElseThrow(), participant, "restricted",
				AuditEntry.Action.READ);
		Integer before = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
		for (MockHttpServletRequestBuilder attempt : List.of(post("/admin/audit"), put("/admin/audit"), delete("/admin/audit"),
				delete("/admin/audit/1"), post("/admin/audit/1"))) {
			int status = mvc.perform(attempt.param("participant", String.valueOf(participant))
				.with(SignedIn.as(accounts, Role.ADMIN)).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).isIn(403, 404, 405);
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(before);
		assertThat(audit.about(participant)).hasSize(1);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(SignedIn.as(accounts, Role.ADMIN))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	/** Audit entries keep no link to the participant table, so an id of their own keeps this test's entries apart. */
	private static long unusedParticipantId() {
		return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
	}
}
