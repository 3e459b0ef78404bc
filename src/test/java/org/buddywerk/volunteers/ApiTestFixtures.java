package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.OrganisationForm;
import org.buddywerk.organisations.OrganisationKind;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test data of the volunteers API and the screening job, kept apart from every other test class's: new
 * organisations, programmes and accounts made the way an admin makes them, volunteers saved and then moved
 * through the real {@link Pipeline}. Names and e-mails carry a UUID, since all test classes share one database.
 */
final class ApiTestFixtures {

	/** An account made for a test, and how to sign in as it. */
	record Person(long id, String email, RequestPostProcessor signedIn) {
	}

	private final MockMvc mvc;

	private final UserDetailsService accounts;

	private final OrganisationAdministration administration;

	private final People people;

	private final VolunteerRepository volunteers;

	private final EnrolmentRepository enrolments;

	private final Pipeline pipeline;

	private final Clock clock;

	ApiTestFixtures(MockMvc mvc, UserDetailsService accounts, OrganisationAdministration administration,
			People people, VolunteerRepository volunteers, EnrolmentRepository enrolments, Pipeline pipeline,
			Clock clock) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.administration = administration;
		this.people = people;
		this.volunteers = volunteers;
		this.enrolments = enrolments;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID();
	}

	long organisation(String name) {
		return administration.createOrganisation(new OrganisationForm(unique(name), OrganisationKind.WELFARE_ORGANISATION,
				"Teststad", null, null));
	}

	/** Through the admin API, as an administrator would. */
	long programme(long organisationId, String name) throws Exception {
		String location = mvc.perform(asAdmin(post("/api/v1/programmes")).accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + unique(name) + "\",\"organisationId\":" + organisationId + ",\"active\":true}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Through the admin page, with this role in each of these organisations. */
	Person account(Role role, long... organisationIds) throws Exception {
		String email = "api-test-" + UUID.randomUUID() + "@example.org";
		MockHttpServletRequestBuilder request = asAdmin(post("/admin/accounts")).param("email", email)
			.param("displayName", "Test " + role.name().toLowerCase(Locale.ROOT))
			.param("language", "nl")
			.param("password", "a test password " + UUID.randomUUID());
		Arrays.stream(organisationIds).forEach(id -> request.param("roles", id + ":" + role.name()));
		mvc.perform(request).andExpect(redirectedUrl("/admin/accounts"));
		return new Person(people.accountIdOf(email).orElseThrow(), email, user(accounts.loadUserByUsername(email)));
	}

	Volunteer volunteer(String name, String postalCode, Set<SpokenLanguage> languages, Set<WeekSlot> slots) {
		Volunteer volunteer = new Volunteer("volunteer-" + UUID.randomUUID() + "@example.org", clock.instant());
		volunteer.describe(name, "+32 470 00 00 00", postalCode, 10, 1, "Geen vervoer van deelnemers",
				"Ik help graag met papieren.", languages, EnumSet.of(LifeDomain.HOUSING, LifeDomain.ADMINISTRATION),
				slots.isEmpty() ? EnumSet.noneOf(WeekSlot.class) : EnumSet.copyOf(slots), clock.instant());
		volunteer.consented("1", "nl", clock.instant());
		return volunteers.save(volunteer);
	}

	Volunteer volunteer(String name) {
		return volunteer(name, "9000", Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)),
				EnumSet.of(WeekSlot.MONDAY_EVENING));
	}

	Enrolment applied(Volunteer volunteer, long programmeId) {
		return pipeline.apply(volunteer.getId(), programmeId, null);
	}

	Enrolment intakeDone(Enrolment enrolment, long actor) {
		pipeline.recordIntake(enrolment.getId(), reload(enrolment).getVersion(), actor, today(), "Intake ok",
				IntakeDecision.ACCEPTED);
		return reload(enrolment);
	}

	/** Intake accepted and the certificate recorded, which makes the volunteer SCREENED. */
	Enrolment screened(Enrolment enrolment, long actor, LocalDate issuedOn, LocalDate validUntil) {
		intakeDone(enrolment, actor);
		pipeline.recordScreening(enrolment.getId(), reload(enrolment).getVersion(), actor,
				ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2, issuedOn, validUntil);
		return reload(enrolment);
	}

	/** Every step up to AVAILABLE: screening, the programme's trainings (if any), a coach. */
	Enrolment available(Enrolment enrolment, long actor, long coachAccountId, LocalDate issuedOn, LocalDate validUntil) {
		screened(enrolment, actor, issuedOn, validUntil);
		for (long training : pipeline.requiredFor(reload(enrolment))) {
			pipeline.recordTraining(enrolment.getId(), reload(enrolment).getVersion(), actor, training, today(),
					BigDecimal.valueOf(3));
		}
		if (reload(enrolment).getStatus() == VolunteerStatus.SCREENED) {
			pipeline.advance(enrolment.getId(), reload(enrolment).getVersion(), actor);
		}
		pipeline.assignCoach(enrolment.getId(), reload(enrolment).getVersion(), actor, coachAccountId);
		pipeline.advance(enrolment.getId(), reload(enrolment).getVersion(), actor);
		return reload(enrolment);
	}

	Enrolment reload(Enrolment enrolment) {
		return enrolments.findById(enrolment.getId()).orElseThrow();
	}

	LocalDate today() {
		return Today.on(clock);
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(SignedIn.as(accounts, Role.ADMIN)).with(csrf());
	}
}
