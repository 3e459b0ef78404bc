package org.buddywerk.volunteers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.TestClock;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The volunteers API on a world of its own: coordinator "mine" runs a programme in each of two organisations,
 * coordinator "theirs" one in a third. Eva is enrolled with both; Farid only with theirs.
 */
@BuddywerkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class VolunteerApiTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/api/v1/volunteers", Role.COORDINATOR),
			Endpoint.of(GET, "/api/v1/volunteers/{id}", Role.COORDINATOR));

	private static final List<String> MINE = List.of("Ana Test", "Bram Test", "Chloe Test", "Dmytro Test", "Eva Test");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	People people;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	RequiredTrainingRepository trainings;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	ApiTestFixtures.Person mine;

	ApiTestFixtures.Person theirs;

	ApiTestFixtures.Person coach;

	long housing;

	long school;

	long foreign;

	String foreignName;

	RequiredTraining basics;

	Volunteer ana;

	Volunteer eva;

	Volunteer farid;

	@BeforeAll
	void aWorldOfItsOwn() throws Exception {
		ApiTestFixtures fixtures = new ApiTestFixtures(mvc, accounts, administration, people, volunteers, enrolments,
				pipeline, clock);
		long organisationA = fixtures.organisation("Api test A");
		long organisationB = fixtures.organisation("Api test B");
		long organisationC = fixtures.organisation("Api test C");
		housing = fixtures.programme(organisationA, "Woonbuddy's");
		school = fixtures.programme(organisationB, "Schoolbuddy's");
		foreign = fixtures.programme(organisationC, "Elders");
		mine = fixtures.account(Role.COORDINATOR, organisationA, organisationB);
		theirs = fixtures.account(Role.COORDINATOR, organisationC);
		coach = fixtures.account(Role.COACH, organisationA);
		basics = trainings.save(new RequiredTraining(housing, "Basisvorming"));
		foreignName = JsonPath.read(mvc.perform(get("/api/v1/programmes/" + foreign).with(theirs.signedIn())
			.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString(), "$.name");

		LocalDate today = fixtures.today();
		ana = fixtures.volunteer("Ana Test", "9000",
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("ar", LanguageLevel.GOOD)),
				EnumSet.of(WeekSlot.SATURDAY_MORNING, WeekSlot.MONDAY_EVENING));
		fixtures.available(fixtures.applied(ana, housing), mine.id(), coach.id(), today.minusYears(3).plusDays(20),
				today.plusDays(20));
		Volunteer bram = fixtures.volunteer("Bram Test", "9050",
				Set.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("fr", LanguageLevel.BASIC)),
				EnumSet.of(WeekSlot.TUESDAY_MORNING));
		fixtures.screened(fixtures.applied(bram, housing), mine.id(), today, today.plusYears(1));
		Volunteer chloe = fixtures.volunteer("Chloe Test", "1000", Set.of(new SpokenLanguage("fr", LanguageLevel.NATIVE)),
				EnumSet.of(WeekSlot.MONDAY_EVENING));
		fixtures.applied(chloe, housing);
		Volunteer dmytro = fixtures.volunteer("Dmytro Test", "9000",
				Set.of(new SpokenLanguage("uk", LanguageLevel.NATIVE), new SpokenLanguage("en", LanguageLevel.GOOD)),
				EnumSet.of(WeekSlot.SUNDAY_AFTERNOON));
		fixtures.intakeDone(fixtures.applied(dmytro, school), mine.id());
		eva = fixtures.volunteer("Eva Test", "2000", Set.of(new SpokenLanguage("en", LanguageLevel.NATIVE)),
				EnumSet.of(WeekSlot.FRIDAY_EVENING));
		fixtures.applied(eva, housing);
		fixtures.screened(fixtures.applied(eva, foreign), theirs.id(), today, today.plusDays(5));
		farid = fixtures.volunteer("Farid Test", "9000", Set.of(new SpokenLanguage("nl", LanguageLevel.GOOD)),
				EnumSet.of(WeekSlot.MONDAY_EVENING));
		fixtures.applied(farid, foreign);
	}

	Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	/** The demo coordinator runs none of this world's programmes: Ana is a 404 to them, but they got through. */
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyCoordinatorsGetThrough(Endpoint endpoint, Role role) throws Exception {
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", ana.getId()));
	}

	@Test
	void withoutAProgrammeTheListHoldsEveryProgrammeTheCoordinatorRunsByNameAndNothingElse() throws Exception {
		list(mine).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(contains(MINE.toArray())))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.items[?(@.name == 'Eva Test')].programmeId").value(contains((int) housing)));
		assertThat(names(theirs)).containsExactly("Eva Test", "Farid Test");
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		assertThat(names(mine, "programme", school)).containsExactly("Dmytro Test");
		assertThat(names(mine, "status", "AVAILABLE")).containsExactly("Ana Test");
		assertThat(names(mine, "status", "SCREENED")).as("Eva is screened elsewhere, not here").containsExactly("Bram Test");
		assertThat(names(mine, "language", "FR")).containsExactly("Bram Test", "Chloe Test");
		assertThat(names(mine, "postalArea", "90")).containsExactly("Ana Test", "Bram Test", "Dmytro Test");
		assertThat(names(mine, "slot", "MONDAY_EVENING")).containsExactly("Ana Test", "Chloe Test");
		assertThat(names(mine, "expiringSoon", true)).containsExactly("Ana Test");
		assertThat(names(mine, "programme", housing, "status", "AVAILABLE", "language", "nl", "postalArea", "9000",
				"slot", "MONDAY_EVENING", "expiringSoon", true)).containsExactly("Ana Test");
		assertThat(names(mine, "language", "nl", "slot", "TUESDAY_MORNING", "status", "AVAILABLE")).isEmpty();
	}

	@Test
	void aListItemCarriesLanguagesSlotsAndTodaysScreeningState() throws Exception {
		list(mine, "status", "AVAILABLE")
			.andExpect(jsonPath("$.items[0].volunteerId").value(ana.getId()))
			.andExpect(jsonPath("$.items[0].programmeId").value(housing))
			.andExpect(jsonPath("$.items[0].languages[*].language").value(contains("ar", "nl")))
			.andExpect(jsonPath("$.items[0].languages[*].level").value(contains("GOOD", "NATIVE")))
			.andExpect(jsonPath("$.items[0].slots").value(contains("MONDAY_EVENING", "SATURDAY_MORNING")))
			.andExpect(jsonPath("$.items[0].screeningExpiring").value(true))
			.andExpect(jsonPath("$.items[0].screeningExpired").value(false))
			.andExpect(jsonPath("$.items[0].coachAccountId").value(coach.id()));
	}

	@Test
	void pagesAreBoundedAndTogetherHoldEveryoneOnce() throws Exception {
		list(mine, "size", 2).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3));
		List<String> paged = Stream.of(0, 1, 2).flatMap(page -> {
			try {
				return names(mine, "size", 2, "page", page).stream();
			}
			catch (Exception failure) {
				throw new IllegalStateException(failure);
			}
		}).toList();
		assertThat(paged).isEqualTo(MINE);

		list(mine, "size", 2, "page", 99).andExpect(jsonPath("$.items").isEmpty()).andExpect(jsonPath("$.totalItems").value(5));
		list(mine, "size", 100_000).andExpect(jsonPath("$.size").value(100));
		list(mine, "size", 0).andExpect(jsonPath("$.size").value(20));
		list(mine, "page", -3).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.items.length()").value(5));
	}

	@Test
	void aProgrammeTheCoordinatorDoesNotRunIsNotFound() throws Exception {
		list(mine, "programme", foreign).andExpect(status().isNotFound());
		list(mine, "programme", Long.MAX_VALUE).andExpect(status().isNotFound());
	}

	@Test
	void aVolunteerOnlyInAnotherOrganisationsProgrammeIsNotFoundAndNothingOfThemIsShown() throws Exception {
		String answer = mvc.perform(api(get("/api/v1/volunteers/" + farid.getId()), mine))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain("Farid", farid.getEmail());
		mvc.perform(api(get("/api/v1/volunteers/" + ana.getId()), theirs)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/volunteers/" + Long.MAX_VALUE), mine)).andExpect(status().isNotFound());
		// the same requests by the coordinator who does run them
		mvc.perform(api(get("/api/v1/volunteers/" + farid.getId()), theirs)).andExpect(status().isOk());
		mvc.perform(api(get("/api/v1/volunteers/" + ana.getId()), mine)).andExpect(status().isOk());
	}

	@Test
	void aProfileHoldsOnlyTheEnrolmentsInTheCallersOwnProgrammes() throws Exception {
		String seenByMine = mvc.perform(api(get("/api/v1/volunteers/" + eva.getId()), mine))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enrolments[*].programmeId").value(contains((int) housing)))
			.andExpect(jsonPath("$.enrolments[0].status").value("APPLIED"))
			.andReturn().getResponse().getContentAsString();
		assertThat(seenByMine).doesNotContain(foreignName, "SCREENED", "BE_CRIMINAL_RECORD_MODEL_2");

		mvc.perform(api(get("/api/v1/volunteers/" + eva.getId()), theirs))
			.andExpect(jsonPath("$.enrolments[*].programmeId").value(contains((int) foreign)))
			.andExpect(jsonPath("$.enrolments[0].status").value("SCREENED"));
	}

	@Test
	void aProfileHasWhatTheCoordinatorNeedsToKnowAboutTheVolunteer() throws Exception {
		mvc.perform(api(get("/api/v1/volunteers/" + ana.getId()), mine))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ana.getId()))
			.andExpect(jsonPath("$.name").value("Ana Test"))
			.andExpect(jsonPath("$.email").value(ana.getEmail()))
			.andExpect(jsonPath("$.phone").value(ana.getPhone()))
			.andExpect(jsonPath("$.postalCode").value("9000"))
			.andExpect(jsonPath("$.languages[*].language").value(contains("ar", "nl")))
			.andExpect(jsonPath("$.languages[*].level").value(contains("GOOD", "NATIVE")))
			.andExpect(jsonPath("$.domains").value(contains("HOUSING", "ADMINISTRATION")))
			.andExpect(jsonPath("$.slots").value(contains("MONDAY_EVENING", "SATURDAY_MORNING")))
			.andExpect(jsonPath("$.travelKm").value(10))
			.andExpect(jsonPath("$.capacity").value(1))
			.andExpect(jsonPath("$.boundaries").value(ana.getBoundaries()))
			.andExpect(jsonPath("$.about").value(ana.getAbout()))
			.andExpect(jsonPath("$.enrolments.length()").value(1))
			.andExpect(jsonPath("$.enrolments[0].programmeId").value(housing))
			.andExpect(jsonPath("$.enrolments[0].programmeName").isNotEmpty())
			.andExpect(jsonPath("$.enrolments[0].status").value("AVAILABLE"))
			.andExpect(jsonPath("$.enrolments[0].since").isNotEmpty())
			.andExpect(jsonPath("$.enrolments[0].screeningKind").value("BE_CRIMINAL_RECORD_MODEL_2"))
			.andExpect(jsonPath("$.enrolments[0].screeningValidUntil").value(Today.on(clock).plusDays(20).toString()))
			.andExpect(jsonPath("$.enrolments[0].screeningExpiring").value(true))
			.andExpect(jsonPath("$.enrolments[0].screeningExpired").value(false))
			.andExpect(jsonPath("$.enrolments[0].coachAccountId").value(coach.id()))
			.andExpect(jsonPath("$.enrolments[0].trainings[0].trainingId").value(basics.getId()))
			.andExpect(jsonPath("$.enrolments[0].trainings[0].name").value("Basisvorming"))
			.andExpect(jsonPath("$.enrolments[0].trainings[0].hours").value(3.0));
	}

	@Test
	void unknownStatusesSlotsAndMalformedValuesAreProblemDetailsNamingTheParameter() throws Exception {
		badParameter(list(mine, "status", "WAITING"), "status");
		badParameter(list(mine, "slot", "NOON"), "slot");
		badParameter(list(mine, "expiringSoon", "maybe"), "expiringSoon");
		badParameter(list(mine, "programme", "abc"), "programme");
		badParameter(list(mine, "page", "99999999999"), "page");
		badParameter(list(mine, "language", "<script>"), "language");
		badParameter(list(mine, "language", "\u0000nl"), "language");
		badParameter(list(mine, "postalArea", "9".repeat(11)), "postalArea")
			.andExpect(jsonPath("$.errors[0].message").value("Gebruik ten hoogste 10 tekens."));
		// in the caller's own language, which for this account is Dutch
		badParameter(list(mine, "status", "WAITING"), "status")
			.andExpect(jsonPath("$.title").value("Dit verzoek klopt niet"))
			.andExpect(jsonPath("$.errors[0].message").value("Deze waarde is ongeldig."));
		mvc.perform(api(get("/api/v1/volunteers/abc"), mine)).andExpect(status().isBadRequest());
	}

	@Test
	void hostileFilterValuesFindNothingOrAreRefusedButNeverBreakAnything() throws Exception {
		for (String value : HostileInput.VALUES) {
			for (String parameter : List.of("language", "postalArea")) {
				int status = list(mine, parameter, value).andReturn().getResponse().getStatus();
				assertThat(status).as("%s=%s", parameter, value).isIn(200, 400);
			}
		}
	}

	@Test
	void theApiIsDescribedInOpenApiWithoutTheSignedInPersonAsAParameter() throws Exception {
		mvc.perform(get("/v3/api-docs").with(mine.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/volunteers'].get.parameters[*].name")
				.value(contains("programme", "status", "language", "postalArea", "slot", "expiringSoon", "page", "size")))
			.andExpect(jsonPath("$.paths['/api/v1/volunteers/{id}'].get").exists());
	}

	private ResultActions badParameter(ResultActions answer, String parameter) throws Exception {
		return answer.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value(parameter))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	private List<String> names(ApiTestFixtures.Person as, Object... parameters) throws Exception {
		String answer = list(as, parameters).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.items[*].name");
	}

	private ResultActions list(ApiTestFixtures.Person as, Object... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/volunteers");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param((String) parameters[i], String.valueOf(parameters[i + 1]));
		}
		return mvc.perform(api(request, as));
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, ApiTestFixtures.Person as) {
		return request.with(as.signedIn()).accept(MediaType.APPLICATION_JSON);
	}
}
