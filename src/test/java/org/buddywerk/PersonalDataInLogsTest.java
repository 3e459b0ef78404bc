package org.buddywerk;

import java.util.List;
import java.util.UUID;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SECURITY.md 11: creating and changing people writes none of their personal data to the log, even with
 * Buddywerk's own loggers and Spring Security at DEBUG.
 */
@BuddywerkTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest {

	private static final List<String> LOUD = List.of("org.buddywerk", "org.springframework.security");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory organisations;

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	private final java.util.Map<String, LogLevel> before = new java.util.HashMap<>();

	/** Other tests read INFO lines: every logger gets back the level it had, not "unset". */
	@AfterEach
	void quietAgain() {
		before.forEach(logging::setLogLevel);
	}

	@Test
	void signUpSignInAndAccountAdministrationLogNoNamesAddressesPhonesOrNotes(CapturedOutput output) throws Exception {
		for (String logger : LOUD) {
			org.springframework.boot.logging.LoggerConfiguration current = logging.getLoggerConfiguration(logger);
			before.put(logger, current == null ? null : current.getConfiguredLevel());
			logging.setLogLevel(logger, LogLevel.DEBUG);
		}
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String name = "Zoryana" + marker;
		String email = "zoryana-" + marker + "@example.org";
		String phone = "+32 499 " + marker.replaceAll("[^0-9]", "7").substring(0, 6);
		String note = "Vertrouwelijk" + marker;
		ProgrammeView programme = organisations.activeProgrammes().stream().filter(p -> p.name().equals("Woonbuddy's"))
			.findFirst().orElseThrow();

		mvc.perform(post("/join").with(csrf()).with(r -> {
			r.setRemoteAddr("10.77.0.1");
			return r;
		}).param("name", name).param("email", email).param("phone", phone).param("postalCode", "9000")
			.param("password", "a long and private sentence").param("languages", "uk").param("levels", "NATIVE")
			.param("programmes", String.valueOf(programme.id())).param("slots", "MONDAY_EVENING")
			.param("travelKm", "5").param("capacity", "1").param("boundaries", note).param("about", note)
			.param("consent", "true").param("website", ""));
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong password " + marker));
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf())
			.param("email", "admin-made-" + email).param("displayName", name).param("language", "nl")
			.param("password", "a long and private sentence").param("roles", programme.organisationId() + ":COACH"));
		mvc.perform(get("/admin/accounts").param("q", marker).with(SignedIn.as(accounts, Role.ADMIN)));

		assertThat(output.getAll()).as("the test did log at debug level").isNotEmpty()
			.doesNotContain(marker, name, email, phone, note);
	}
}
