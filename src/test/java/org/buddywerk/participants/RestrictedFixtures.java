package org.buddywerk.participants;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.SignedIn;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.OrganisationForm;
import org.buddywerk.organisations.OrganisationKind;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Test participants of the restricted-profile, API and self-service tests: taken in through {@link Intake} by
 * the demo professional in Woonbuddy's, with unique names, and accounts made the way an admin makes them.
 */
@Component
class RestrictedFixtures {

	/** An account made for a test, and how to sign in as it. */
	record Person(long id, String email, RequestPostProcessor signedIn) {
	}

	/** The five restricted texts of one participant, unique so that a test can look for them anywhere. */
	record Secrets(String vulnerabilities, String psychosocial, String healthAccess, String residence, String otherNotes) {

		static Secrets unique() {
			String id = UUID.randomUUID().toString();
			return new Secrets("Kwetsbaar-" + id, "Trauma-" + id, "Gezondheid-" + id, "Verblijf-" + id, "Notitie-" + id);
		}

		List<String> all() {
			return List.of(vulnerabilities, psychosocial, healthAccess, residence, otherNotes);
		}

		RestrictedForm form(Long version) {
			return new RestrictedForm(vulnerabilities, psychosocial, healthAccess, residence, otherNotes, version);
		}
	}

	private final Intake intake;

	private final RestrictedProfiles restricted;

	private final Consents consents;

	private final ParticipantRepository participants;

	private final OrganisationDirectory organisations;

	private final OrganisationAdministration administration;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RestrictedFixtures(Intake intake, RestrictedProfiles restricted, Consents consents, ParticipantRepository participants,
			OrganisationDirectory organisations, OrganisationAdministration administration, People people,
			TransactionTemplate transactions, Clock clock) {
		this.intake = intake;
		this.restricted = restricted;
		this.consents = consents;
		this.participants = participants;
		this.organisations = organisations;
		this.administration = administration;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	ProgrammeView woonbuddys() {
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		return organisations.programmesOf(Set.of(welfare)).stream().filter(p -> p.name().equals("Woonbuddy's"))
			.findFirst().orElseThrow();
	}

	long demo(Role role) {
		return people.accountIdOf(SignedIn.demoEmail(role)).orElseThrow();
	}

	/** A participant of Woonbuddy's in the demo professional's caseload, with a unique first name. */
	Participant participant(String firstName) {
		return participant(firstName + " " + UUID.randomUUID(), woonbuddys().id(), demo(Role.PROFESSIONAL));
	}

	/** A participant of this programme taken in by this professional, who becomes their contact. */
	Participant participant(String firstName, long programmeId, long professional) {
		return intake.takeIn(new IntakeForm(programmeId, firstName, "Achternaam",
				"+32 470 12 34 56", "deelnemer-" + UUID.randomUUID() + "@example.org", "9000", List.of("uk", "en"),
				List.of("NATIVE", "GOOD"), null, null, Map.of("HOUSING", "1", "LANGUAGE", "2"), Map.of("HOUSING", "Vocht"),
				List.of("ADULT", "CHILD"), List.of("1990", "2018"), "Muziek", "Werk vinden", List.of("MUSIC"),
				BuddyGender.NO_PREFERENCE, null,
				null, EnumSet.of(WeekSlot.MONDAY_EVENING), professional, Today.on(clock).minusDays(10), null, null, null),
				professional);
	}

	/** A participant with all five restricted sections filled in by their professional. */
	Secrets withSecrets(Participant participant) {
		return withSecrets(participant, demo(Role.PROFESSIONAL));
	}

	Secrets withSecrets(Participant participant, long professional) {
		Secrets secrets = Secrets.unique();
		restricted.write(participant, professional, secrets.form(null));
		return secrets;
	}

	ConsentRecord consent(Participant participant, ConsentPurpose purpose) {
		return consents.record(participant.getId(), demo(Role.PROFESSIONAL), purpose, null, "nl",
				ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, Today.on(clock).minusDays(3));
	}

	void link(Participant participant, long accountId) {
		transactions.executeWithoutResult(
				status -> participants.findById(participant.getId()).orElseThrow().linkAccount(accountId));
	}

	Participant reload(Participant participant) {
		return participants.findById(participant.getId()).orElseThrow();
	}

	long organisation(String name) {
		return administration.createOrganisation(new OrganisationForm(name + " " + UUID.randomUUID(),
				OrganisationKind.WELFARE_ORGANISATION, "Teststad", null, null));
	}

	/** Through the admin page, with this role in each of these organisations. */
	Person account(MockMvc mvc, UserDetailsService accounts, Role role, long... organisationIds) throws Exception {
		String email = "restricted-test-" + UUID.randomUUID() + "@example.org";
		MockHttpServletRequestBuilder request = post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf())
			.param("email", email)
			.param("displayName", "Test " + role.name().toLowerCase(Locale.ROOT))
			.param("language", "nl")
			.param("password", "a test password " + UUID.randomUUID());
		Arrays.stream(organisationIds).forEach(id -> request.param("roles", id + ":" + role.name()));
		mvc.perform(request).andExpect(redirectedUrl("/admin/accounts"));
		return new Person(people.accountIdOf(email).orElseThrow(), email, user(accounts.loadUserByUsername(email)));
	}

	/** Through the admin API, as an administrator would. */
	long programme(MockMvc mvc, UserDetailsService accounts, long organisationId, String name) throws Exception {
		String location = mvc.perform(post("/api/v1/programmes").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf())
			.accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"organisationId\":" + organisationId
					+ ",\"active\":true}"))
			.andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long welfare() {
		return woonbuddys().organisationId();
	}
}
