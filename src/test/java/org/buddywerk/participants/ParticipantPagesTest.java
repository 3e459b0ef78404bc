package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.OrganisationForm;
import org.buddywerk.organisations.OrganisationKind;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Intake, the participant's page, consents and the lists: what each professional sees, and bad input. */
@BuddywerkTest
class ParticipantPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ParticipantPagesFixtures fixtures;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	ParticipantChangeRepository changes;

	@Autowired
	Consents consents;

	@Autowired
	Participants matching;

	@Autowired
	OrganisationAdministration organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProfessionalTakesInAFamilyAndFindsThemInEveryList() throws Exception {
		String name = ParticipantPagesFixtures.unique("Amira");
		Map<String, String> form = valid(name);
		form.put("waitingSince", "1980-01-01");
		MvcResult created = mvc.perform(post("/participants").with(professional()).with(csrf()).params(params(form)))
			.andExpect(status().is3xxRedirection()).andReturn();
		Participant family = participants.findAll().stream().filter(p -> name.equals(p.getFirstName())).findFirst().orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/participants/" + family.getId());
		assertThat(family.getLanguages()).extracting(l -> l.language()).contains("ar");
		assertThat(family.getHousehold()).containsExactly(new HouseholdMember(HouseholdKind.ADULT, 1985));
		assertThat(family.getBuddyLanguage()).isEqualTo("ar");
		assertThat(family.getInterestChoices()).containsExactly(Interest.COOKING);
		assertThat(page(get("/participants/" + family.getId()), professional())).contains("Taal die de buddy spreekt",
				"Arabisch", "Doet graag", "Koken");
		assertThat(page(get("/participants/" + family.getId() + "/edit"), professional()))
			.containsPattern("id=\"interestChoices-COOKING\"[^>]*checked");

		String link = "href=\"/participants/" + family.getId() + "\"";
		assertThat(page(get("/participants/caseload"), professional())).contains(link);
		long programme = fixtures.woonbuddys().id();
		assertThat(page(get("/participants").param("programme", "" + programme).param("q", name), professional())).contains(link);
		assertThat(page(get("/participants").param("q", name).param("domain", "HOUSING"), professional())).contains(link);
		assertThat(page(get("/participants").param("q", name).param("domain", "WORK"), professional())).doesNotContain(link);
		assertThat(page(get("/participants").param("q", name).param("language", "ar"), professional())).contains(link);
		assertThat(page(get("/participants").param("q", name).param("language", "ru"), professional())).doesNotContain(link);
		assertThat(page(get("/participants").param("q", name).param("postalArea", "90"), professional())).contains(link);
		assertThat(page(get("/participants").param("q", name).param("postalArea", "10"), professional())).doesNotContain(link);
		assertThat(page(get("/participants").param("q", name).param("minDaysWaiting", "1000"), professional())).contains(link);
		assertThat(page(get("/participants").param("q", name).param("minDaysWaiting", "20000"), professional())).doesNotContain(link);
		assertThat(page(get("/participants").param("q", name).param("sort", "firstName").param("dir", "desc"), professional()))
			.contains(link);
		String waiting = page(get("/participants/waiting").param("programme", "" + programme), professional());
		assertThat(waiting).contains(name);
		// lists never show contact details
		assertThat(waiting).doesNotContain("gezin@example.org", "0470 12 34 56", "Achternaam");
		assertThat(page(get("/participants").param("q", name), coordinator())).contains(name)
			.doesNotContain("gezin@example.org");
	}

	@Test
	void everyFieldSurvivesHostileInputAndNothingIsStoredHalf() throws Exception {
		List<String> fields = List.of("programmeId", "firstName", "lastName", "phone", "email", "postalCode",
				"languageCodes", "languageLevels", "dutchLevel", "frenchLevel", "priorities[HOUSING]",
				"needNotes[HOUSING]", "memberKinds", "memberBirthYears", "interests", "aspirations", "interestChoices",
				"buddyGender", "buddyLanguage",
				"buddyPreferences", "slots", "contactProfessionalId", "waitingSince", "receptionKind", "receptionName",
				"version");
		for (String field : fields) {
			for (String hostile : HostileInput.VALUES) {
				String name = ParticipantPagesFixtures.unique("Vijandig");
				Map<String, String> form = valid(name);
				form.put(field, hostile);
				long before = count();
				MvcResult result = mvc.perform(post("/participants").with(professional()).with(csrf()).params(params(form)))
					.andReturn();
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s = %.40s", field, hostile).isLessThan(500);
				if (status != 302) {
					assertThat(count()).as("%s = %.40s stores nothing", field, hostile).isEqualTo(before);
				}
				else {
					Participant stored = participants.findById(Long.valueOf(result.getResponse().getRedirectedUrl()
						.substring("/participants/".length()))).orElseThrow();
					assertThat(stored.getFirstName()).isIn(name, hostile.strip());
					assertThat(stored.getLanguages()).isNotEmpty();
				}
			}
		}
	}

	@Test
	void anInterestNotOnTheListGetsAMessageAndNothingIsStored() throws Exception {
		Map<String, String> form = valid(ParticipantPagesFixtures.unique("Hobby"));
		form.put("interestChoices", "KNITTING");
		long before = count();
		MvcResult result = mvc.perform(post("/participants").with(professional()).with(csrf()).params(params(form)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Kies interesses uit de lijst.", "is-invalid");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theEditHistoryNamesSectionsNotValues() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Historiek"), LocalDate.now().minusDays(5));
		String phone = "0499 " + (100000 + new java.util.Random().nextInt(899999));
		Map<String, String> form = valid(family.getFirstName());
		form.put("phone", phone);
		form.put("version", "" + family.getVersion());
		mvc.perform(post("/participants/" + family.getId() + "/edit").with(professional()).with(csrf()).params(params(form)))
			.andExpect(redirectedUrl("/participants/" + family.getId()));

		List<ParticipantChange> history = changes.findByParticipantIdOrderByChangedAtDescIdDesc(family.getId());
		assertThat(history.get(0).getFields()).contains("contact").doesNotContain(phone);
		assertThat(history).extracting(ParticipantChange::getFields).noneMatch(f -> f.contains(phone));
		String view = page(get("/participants/" + family.getId()), professional());
		assertThat(view).contains("contactgegevens");
		assertThat(participants.findById(family.getId()).orElseThrow().getPhone()).isEqualTo(phone);
	}

	@Test
	void aChangeMeanwhileIsToldAndTheInputIsKept() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Tussendoor"), LocalDate.now().minusDays(5));
		String typed = ParticipantPagesFixtures.unique("Nieuw");
		Map<String, String> form = valid(typed);
		form.put("version", "" + (family.getVersion() + 7));
		MvcResult result = mvc.perform(post("/participants/" + family.getId() + "/edit").with(professional()).with(csrf())
			.params(params(form))).andExpect(status().isOk()).andReturn();
		BindingResult errors = (BindingResult) result.getModelAndView().getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).contains("form.changedMeanwhile");
		assertThat(result.getResponse().getContentAsString()).contains(typed);
		Participant after = participants.findById(family.getId()).orElseThrow();
		assertThat(after.getFirstName()).isEqualTo(family.getFirstName());
		assertThat(after.getVersion()).isEqualTo(family.getVersion());
	}

	@Test
	void aProfessionalOfAnotherOrganisationFindsNothing() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Elders"), LocalDate.now().minusDays(5));
		long consent = consents.record(family.getId(), fixtures.professional(), ConsentPurpose.MATCHING, null, "nl",
				ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, LocalDate.now()).getId();
		RequestPostProcessor outsider = professionalOf(newOrganisation());

		mvc.perform(get("/participants/" + family.getId()).with(outsider)).andExpect(status().isNotFound());
		mvc.perform(get("/participants/" + family.getId() + "/edit").with(outsider)).andExpect(status().isNotFound());
		Map<String, String> form = valid("Overgenomen");
		form.put("version", "" + family.getVersion());
		mvc.perform(post("/participants/" + family.getId() + "/edit").with(outsider).with(csrf()).params(params(form)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/participants/" + family.getId() + "/consents").with(outsider).with(csrf()).param("purpose", "PROGRAMME")
			.param("language", "nl").param("givenBy", "PARTICIPANT").param("givenHow", "SIGNED_FORM")
			.param("givenOn", LocalDate.now().toString())).andExpect(status().isNotFound());
		mvc.perform(post("/participants/" + family.getId() + "/consents/" + consent + "/withdraw").with(outsider).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/participants").param("programme", "" + fixtures.woonbuddys().id()).with(outsider))
			.andExpect(status().isNotFound());
		assertThat(page(get("/participants/caseload"), outsider)).doesNotContain(family.getFirstName());

		Participant after = participants.findById(family.getId()).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(family.getVersion());
		assertThat(after.getFirstName()).isEqualTo(family.getFirstName());
		assertThat(consents.of(family.getId())).hasSize(1).allMatch(Consents.Consent::active);
	}

	@Test
	void aConsentOfAnotherParticipantCannotBeWithdrawnThroughThisOne() throws Exception {
		Participant a = fixtures.family(ParticipantPagesFixtures.unique("Ouder"), LocalDate.now().minusDays(5));
		Participant b = fixtures.family(ParticipantPagesFixtures.unique("Ander"), LocalDate.now().minusDays(5));
		long ofB = consents.record(b.getId(), fixtures.professional(), ConsentPurpose.PROGRAMME, null, "nl",
				ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM, LocalDate.now()).getId();
		mvc.perform(post("/participants/" + a.getId() + "/consents/" + ofB + "/withdraw").with(professional()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(consents.of(b.getId())).singleElement().matches(Consents.Consent::active);
	}

	@Test
	void contactDetailsOnlyForTheContactProfessional() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Contact"), LocalDate.now().minusDays(5));
		String own = page(get("/participants/" + family.getId()), professional());
		assertThat(own).contains("gezin@example.org", "0470 12 34 56", "Achternaam", family.getFirstName());

		RequestPostProcessor colleague = professionalOf(fixtures.woonbuddys().organisationId());
		String theirs = page(get("/participants/" + family.getId()), colleague);
		assertThat(theirs).contains(family.getFirstName()).doesNotContain("gezin@example.org", "0470 12 34 56", "Achternaam");
		// nor can the colleague change the record or read its contact details through the edit form
		mvc.perform(get("/participants/" + family.getId() + "/edit").with(colleague)).andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnMatchingConsentMakesTheParticipantUnmatchable() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Koppel"), LocalDate.now().minusDays(5));
		assertThat(matching.matchable(family.getId())).isFalse();
		mvc.perform(post("/participants/" + family.getId() + "/consents").with(professional()).with(csrf())
			.param("purpose", "MATCHING").param("language", "ar").param("givenBy", "PARTICIPANT")
			.param("givenHow", "VERBAL_WITH_WITNESS").param("givenOn", LocalDate.now().minusDays(1).toString()))
			.andExpect(redirectedUrl("/participants/" + family.getId()));
		assertThat(matching.matchable(family.getId())).isTrue();
		long consent = consents.of(family.getId()).get(0).record().getId();
		assertThat(page(get("/participants/" + family.getId()), professional())).contains("Gekoppeld worden aan een buddy");

		mvc.perform(post("/participants/" + family.getId() + "/consents/" + consent + "/withdraw").with(professional()).with(csrf()))
			.andExpect(redirectedUrl("/participants/" + family.getId()));
		assertThat(matching.matchable(family.getId())).isFalse();
	}

	@Test
	void aConsentFormWithBadInputIsShownAgain() throws Exception {
		Participant family = fixtures.family(ParticipantPagesFixtures.unique("Fout"), LocalDate.now().minusDays(5));
		for (String hostile : HostileInput.VALUES) {
			for (String field : List.of("purpose", "partnerOrganisationId", "language", "givenBy", "givenHow", "givenOn")) {
				Map<String, String> form = new LinkedHashMap<>(Map.of("purpose", "SHARING_WITH_PARTNER", "language", "nl",
						"givenBy", "PARTICIPANT", "givenHow", "SIGNED_FORM", "givenOn", LocalDate.now().toString()));
				form.put(field, hostile);
				int status = mvc.perform(post("/participants/" + family.getId() + "/consents").with(professional()).with(csrf())
					.params(params(form))).andReturn().getResponse().getStatus();
				assertThat(status).as("%s = %.40s", field, hostile).isLessThan(500);
			}
		}
		// without a partner, sharing is never recorded
		assertThat(consents.of(family.getId())).isEmpty();
	}

	private Map<String, String> valid(String firstName) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("programmeId", "" + fixtures.woonbuddys().id());
		form.put("firstName", firstName);
		form.put("lastName", "Achternaam");
		form.put("phone", "0470 12 34 56");
		form.put("email", "gezin@example.org");
		form.put("postalCode", "9000");
		form.put("languageCodes", "ar");
		form.put("languageLevels", "NATIVE");
		form.put("dutchLevel", "BASIC");
		form.put("frenchLevel", "");
		form.put("priorities[HOUSING]", "1");
		form.put("needNotes[HOUSING]", "Zoekt een huurwoning");
		form.put("priorities[WORK]", "");
		form.put("memberKinds", "ADULT");
		form.put("memberBirthYears", "1985");
		form.put("interests", "koken");
		form.put("aspirations", "verpleegkundige worden");
		form.put("interestChoices", "COOKING");
		form.put("buddyGender", "WOMAN");
		form.put("buddyLanguage", "ar");
		form.put("buddyPreferences", "");
		form.put("slots", "SATURDAY_MORNING");
		form.put("contactProfessionalId", "" + fixtures.professional());
		form.put("waitingSince", "1995-01-01");
		form.put("receptionKind", "COLLECTIVE_SHELTER");
		form.put("receptionName", "Opvang Gent");
		return form;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	private long count() {
		return jdbc.sql("select count(*) from participant").query(Long.class).single();
	}

	private RequestPostProcessor professional() {
		return SignedIn.as(accounts, Role.PROFESSIONAL);
	}

	private RequestPostProcessor coordinator() {
		return SignedIn.as(accounts, Role.COORDINATOR);
	}

	private long newOrganisation() {
		return organisations.createOrganisation(new OrganisationForm("Ander CAW " + UUID.randomUUID(),
				OrganisationKind.WELFARE_ORGANISATION, null, null, null));
	}

	private RequestPostProcessor professionalOf(long organisation) throws Exception {
		String email = "andere-professional-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("email", email)
			.param("displayName", "Andere professional").param("language", "nl")
			.param("password", "a long and private sentence").param("roles", organisation + ":PROFESSIONAL"))
			.andExpect(redirectedUrl("/admin/accounts"));
		return user(accounts.loadUserByUsername(email));
	}

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
