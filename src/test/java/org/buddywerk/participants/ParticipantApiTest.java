package org.buddywerk.participants;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.participants.RestrictedFixtures.Person;
import org.buddywerk.participants.RestrictedFixtures.Secrets;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participants API on a world of its own: organisation A runs two programmes, with professional "mine"
 * (who took in Anna, Bohdan and Cyrus), a colleague professional and a coordinator; organisation B has a
 * professional "outsider" and Dara.
 */
@BuddywerkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	RestrictedFixtures fixtures;

	Person mine;

	Person colleague;

	Person coordinator;

	Person outsider;

	long housing;

	long school;

	long foreign;

	Participant anna;

	Participant bohdan;

	Participant cyrus;

	Participant dara;

	Secrets secrets;

	@BeforeAll
	void aWorldOfItsOwn() throws Exception {
		long a = fixtures.organisation("Api deelnemers A");
		long b = fixtures.organisation("Api deelnemers B");
		housing = fixtures.programme(mvc, accounts, a, "Woonbuddy's");
		school = fixtures.programme(mvc, accounts, a, "Schoolbuddy's");
		foreign = fixtures.programme(mvc, accounts, b, "Elders");
		mine = fixtures.account(mvc, accounts, Role.PROFESSIONAL, a);
		colleague = fixtures.account(mvc, accounts, Role.PROFESSIONAL, a);
		coordinator = fixtures.account(mvc, accounts, Role.COORDINATOR, a);
		outsider = fixtures.account(mvc, accounts, Role.PROFESSIONAL, b);
		anna = fixtures.participant("Anna", housing, mine.id());
		bohdan = fixtures.participant("Bohdan", housing, mine.id());
		cyrus = fixtures.participant("Cyrus", school, mine.id());
		dara = fixtures.participant("Dara", foreign, outsider.id());
		secrets = fixtures.withSecrets(anna, mine.id());
	}

	@Test
	void theListHoldsTheParticipantsOfTheCallersOrganisationByFirstNameWithTheBasicProfile() throws Exception {
		list(mine).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].firstName").value(contains("Anna", "Bohdan", "Cyrus")))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[0].id").value(anna.getId()))
			.andExpect(jsonPath("$.items[0].programmeId").value(housing))
			.andExpect(jsonPath("$.items[0].programmeName").isNotEmpty())
			.andExpect(jsonPath("$.items[0].postalCode").value("9000"))
			.andExpect(jsonPath("$.items[0].languages[*].language").value(contains("en", "uk")))
			.andExpect(jsonPath("$.items[0].languages[*].level").value(contains("GOOD", "NATIVE")))
			.andExpect(jsonPath("$.items[0].needs[*].domain").value(contains("HOUSING", "LANGUAGE")))
			.andExpect(jsonPath("$.items[0].needs[*].priority").value(contains(1, 2)))
			.andExpect(jsonPath("$.items[0].waitingSince").isNotEmpty())
			.andExpect(jsonPath("$.items[0].contact.lastName").value("Achternaam"))
			.andExpect(jsonPath("$.items[0].contact.email").value(anna.getEmail()));
		assertThat(names(colleague)).containsExactly("Anna", "Bohdan", "Cyrus");
		assertThat(names(coordinator)).containsExactly("Anna", "Bohdan", "Cyrus");
		assertThat(names(outsider)).containsExactly("Dara");
	}

	@Test
	void contactDetailsOnlyForTheParticipantsProfessionalAndTheProgrammesCoordinators() throws Exception {
		list(colleague).andExpect(jsonPath("$.items[0].contact").value(org.hamcrest.Matchers.nullValue()));
		String seen = detail(colleague, anna).andExpect(status().isOk())
			.andExpect(jsonPath("$.firstName").value("Anna"))
			.andReturn().getResponse().getContentAsString();
		assertThat(seen).doesNotContain(anna.getEmail(), anna.getPhone(), "Achternaam");
		detail(coordinator, anna).andExpect(jsonPath("$.contact.phone").value(anna.getPhone()));
		detail(mine, anna).andExpect(jsonPath("$.contact.email").value(anna.getEmail()))
			.andExpect(jsonPath("$.needs[*].domain").value(contains("HOUSING", "LANGUAGE")));
	}

	@Test
	void neverAnythingOfTheRestrictedProfileNorTheProfessionalsNotes() throws Exception {
		for (Person who : List.of(mine, colleague, coordinator)) {
			for (String answer : List.of(list(who).andReturn().getResponse().getContentAsString(),
					detail(who, anna).andReturn().getResponse().getContentAsString())) {
				assertThat(answer).doesNotContain(secrets.all().toArray(String[]::new))
					.doesNotContain("vulnerabilities", "psychosocial", "healthAccess", "residence", "otherNotes", "Vocht");
			}
		}
	}

	@Test
	void aParticipantOfAnotherOrganisationIsNotFoundAndNotListed() throws Exception {
		String answer = detail(mine, dara).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain("Dara", dara.getEmail());
		detail(outsider, anna).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/participants/" + Long.MAX_VALUE), mine)).andExpect(status().isNotFound());
		assertThat(names(mine, "programme", foreign)).isEmpty();
		assertThat(names(outsider, "programme", housing)).isEmpty();
		detail(outsider, dara).andExpect(status().isOk());
	}

	@Test
	void theProgrammeNarrowsTheList() throws Exception {
		assertThat(names(mine, "programme", school)).containsExactly("Cyrus");
		assertThat(names(mine, "programme", housing)).containsExactly("Anna", "Bohdan");
	}

	@Test
	void pagesAreBoundedAndTogetherHoldEveryoneOnce() throws Exception {
		list(mine, "size", 2).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
		assertThat(names(mine, "size", 2, "page", 1)).containsExactly("Cyrus");
		list(mine, "size", 2, "page", 99).andExpect(jsonPath("$.items").isEmpty());
		list(mine, "size", 100_000).andExpect(jsonPath("$.size").value(100));
		list(mine, "size", 0).andExpect(jsonPath("$.size").value(20));
		list(mine, "page", -3).andExpect(jsonPath("$.page").value(0));
	}

	@Test
	void malformedParametersAreProblemDetailsNamingTheParameter() throws Exception {
		badParameter(list(mine, "programme", "abc"), "programme");
		badParameter(list(mine, "page", "99999999999"), "page");
		badParameter(list(mine, "size", "veel"), "size")
			.andExpect(jsonPath("$.title").value("Dit verzoek klopt niet"));
		mvc.perform(api(get("/api/v1/participants/abc"), mine)).andExpect(status().isBadRequest());
		for (String value : HostileInput.VALUES) {
			for (String parameter : List.of("programme", "page", "size")) {
				assertThat(list(mine, parameter, value).andReturn().getResponse().getStatus()).as("%s=%s", parameter, value)
					.isIn(200, 400);
			}
			assertThat(mvc.perform(api(get("/api/v1/participants/{id}", value), mine)).andReturn().getResponse()
				.getStatus()).as("id=%s", value).isIn(400, 403, 404);
		}
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(mine.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/participants'].get.parameters[*].name")
				.value(contains("programme", "page", "size")))
			.andExpect(jsonPath("$.paths['/api/v1/participants/{id}'].get.summary").isNotEmpty());
	}

	private ResultActions badParameter(ResultActions answer, String parameter) throws Exception {
		return answer.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(parameter))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	private List<String> names(Person as, Object... parameters) throws Exception {
		String answer = list(as, parameters).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.items[*].firstName");
	}

	private ResultActions detail(Person as, Participant participant) throws Exception {
		return mvc.perform(api(get("/api/v1/participants/" + participant.getId()), as));
	}

	private ResultActions list(Person as, Object... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/participants");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param((String) parameters[i], String.valueOf(parameters[i + 1]));
		}
		return mvc.perform(api(request, as));
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Person as) {
		return request.with(as.signedIn()).accept(MediaType.APPLICATION_JSON);
	}
}
