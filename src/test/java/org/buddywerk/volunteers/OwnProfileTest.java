package org.buddywerk.volunteers;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.people.People;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The volunteer's own profile: gender, interests and the life domains they will not take on, and bad input. */
@BuddywerkTest
class OwnProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	VolunteerFixtures fixtures;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	People people;

	RequestPostProcessor buddy;

	long volunteerId;

	@BeforeEach
	void aBuddyOfTheirOwn() {
		String email = "eigen-" + UUID.randomUUID() + "@example.org";
		long account = people.createVolunteerAccount(email, "Eigen profiel", Locale.forLanguageTag("nl"),
				"a long and private sentence", Set.of(fixtures.woonbuddys().organisationId()));
		volunteerId = fixtures.applicant(fixtures.woonbuddys(), account).getVolunteerId();
		buddy = user(accounts.loadUserByUsername(email));
	}

	@Test
	void theBuddyTellsTheirGenderInterestsAndBoundariesAndSeesThemAgain() throws Exception {
		Map<String, List<String>> form = valid();
		mvc.perform(send(form)).andExpect(redirectedUrl("/me/volunteer"));

		Volunteer volunteer = volunteers.findById(volunteerId).orElseThrow();
		assertThat(volunteer.getGender()).isEqualTo(Gender.X);
		assertThat(volunteer.getInterests()).isEqualTo(EnumSet.of(Interest.GAMES, Interest.GARDENING));
		assertThat(volunteer.getBoundaryDomains()).isEqualTo(EnumSet.of(LifeDomain.HEALTH_ACCESS, LifeDomain.FINANCES));
		String page = mvc.perform(get("/me/volunteer").with(buddy)).andReturn().getResponse().getContentAsString();
		for (String ticked : List.of("value=\"X\"", "id=\"interests-GAMES\"", "id=\"boundaryDomains-HEALTH_ACCESS\"")) {
			assertThat(page).as(ticked).containsPattern(java.util.regex.Pattern.quote(ticked) + "[^>]*(checked|selected)");
		}
		assertThat(page).contains("Wat ik graag doe", "Tuinieren", "X (non-binair of anders)");

		form.put("gender", List.of(""));
		form.put("interests", List.of());
		form.put("boundaryDomains", List.of());
		mvc.perform(send(form)).andExpect(redirectedUrl("/me/volunteer"));
		volunteer = volunteers.findById(volunteerId).orElseThrow();
		assertThat(volunteer.getGender()).as("rather not say").isNull();
		assertThat(volunteer.getInterests()).isEmpty();
		assertThat(volunteer.getBoundaryDomains()).isEmpty();
	}

	@Test
	void unknownValuesAndAContradictionGetAMessageAndChangeNothing() throws Exception {
		assertRefused("gender", "ALIEN", "Kies een gender uit de lijst, of “zeg ik liever niet”.");
		assertRefused("interests", "KNITTING", "Kies uit de lijst wat u graag doet.");
		assertRefused("boundaryDomains", "ASTROLOGY", "Kies levensdomeinen uit de lijst.");
		assertRefused("boundaryDomains", "HOUSING", "U helpt al bij dit levensdomein.");
	}

	@Test
	void hostileInputNeverBreaksThePage() throws Exception {
		for (String field : List.of("gender", "interests", "boundaryDomains")) {
			for (String hostile : HostileInput.VALUES) {
				Map<String, List<String>> form = valid();
				form.put(field, List.of(hostile));
				MvcResult result = mvc.perform(send(form)).andReturn();
				assertThat(result.getResponse().getStatus()).as("%s = %.40s", field, hostile).isIn(200, 302);
				assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
			}
		}
	}

	private void assertRefused(String field, String value, String message) throws Exception {
		Map<String, List<String>> form = valid();
		form.put(field, List.of(value));
		MvcResult result = mvc.perform(send(form)).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s = %s", field, value).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as("%s = %s", field, value).contains(message, "is-invalid");
		Volunteer volunteer = volunteers.findById(volunteerId).orElseThrow();
		assertThat(volunteer.getGender()).isEqualTo(Gender.WOMAN);
		assertThat(volunteer.getBoundaryDomains()).isEqualTo(EnumSet.of(LifeDomain.FINANCES));
	}

	private Map<String, List<String>> valid() {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("capacity", List.of("2"));
		form.put("boundaries", List.of(""));
		form.put("languageCodes", List.of("nl", "", ""));
		form.put("languageLevels", List.of("NATIVE", "GOOD", "GOOD"));
		form.put("slots", List.of("MONDAY_EVENING"));
		form.put("gender", List.of("X"));
		form.put("interests", List.of("GARDENING", "GAMES"));
		form.put("boundaryDomains", List.of("HEALTH_ACCESS", "FINANCES"));
		return form;
	}

	private MockHttpServletRequestBuilder send(Map<String, List<String>> form) {
		MockHttpServletRequestBuilder request = post("/me/volunteer/profile").with(buddy).with(csrf());
		form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}
}
