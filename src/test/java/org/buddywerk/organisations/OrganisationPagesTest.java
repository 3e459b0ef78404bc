package org.buddywerk.organisations;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BuddywerkTest
class OrganisationPagesTest {

	static final java.util.List<String> HOSTILE = HostileInput.VALUES;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void anAdminCreatesAnOrganisationAndFindsItBySearch() throws Exception {
		String name = "Buurtwerk " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", name).param("kind", "CITIZEN_INITIATIVE")
			.param("city", "Gent")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(page(get("/admin/organisations").param("q", name.substring(0, 20)))).contains(name);
		assertThat(directory.organisationNamed(name)).hasValueSatisfying(o -> {
			assertThat(o.kind()).isEqualTo(OrganisationKind.CITIZEN_INITIATIVE);
			assertThat(o.city()).isEqualTo("Gent");
		});
	}

	@Test
	void aNameThatIsTakenIsRefusedNextToTheName() throws Exception {
		String body = page(asAdmin(post("/admin/organisations")).param("name", "welzijn demo").param("kind", "OTHER"));
		assertThat(body).contains("Er bestaat al een organisatie met deze naam.", "is-invalid");
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryOrganisationFieldGetsAMessageOrIsStoredEscaped(String value) throws Exception {
		Map<String, String> valid = Map.of("name", "Org " + UUID.randomUUID(), "kind", "OTHER", "city", "Gent",
				"networkId", "");
		everyFieldWith(value, "/admin/organisations", valid);
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryProgrammeFieldGetsAMessageOrIsStoredEscaped(String value) throws Exception {
		long organisation = directory.organisationNamed("Welzijn Demo").orElseThrow().id();
		Map<String, String> valid = new HashMap<>(Map.of("name", "Programma " + UUID.randomUUID(), "organisationId",
				String.valueOf(organisation), "targetGroup", "Gezinnen", "lifeDomains", "HOUSING", "funder", "Stad",
				"fundingStart", "2026-01-01", "fundingEnd", "2026-12-31", "active", "true"));
		everyFieldWith(value, "/admin/programmes", valid);
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryNetworkFieldGetsAMessageOrIsStoredEscaped(String value) throws Exception {
		everyFieldWith(value, "/admin/networks", Map.of("name", "Netwerk " + UUID.randomUUID(), "description", "Buurt"));
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputWhenEditingEachKindOfRecordIsRefusedOrStoredAsTyped(String value) throws Exception {
		String name = "Bewerkt " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", name).param("kind", "OTHER"));
		mvc.perform(asAdmin(post("/admin/networks")).param("name", name));
		OrganisationView organisation = directory.organisationNamed(name).orElseThrow();
		mvc.perform(asAdmin(post("/admin/programmes")).param("name", name).param("organisationId",
				String.valueOf(organisation.id())));
		NetworkView network = directory.networks(name, Paging.of(0, 1, null, null, Set.of(), "name")).getContent().get(0);
		ProgrammeView programme = directory.programmes(name, Paging.of(0, 1, null, null, Set.of(), "name")).getContent().get(0);

		everyFieldWith(value, "/admin/organisations/" + organisation.id(), Map.of("name", name, "kind", "OTHER",
				"city", "Gent", "version", String.valueOf(organisation.version())));
		everyFieldWith(value, "/admin/networks/" + network.id(), Map.of("name", name, "description", "Buurt",
				"version", String.valueOf(network.version())));
		everyFieldWith(value, "/admin/programmes/" + programme.id(), Map.of("name", name, "organisationId",
				String.valueOf(organisation.id()), "version", String.valueOf(programme.version())));

		assertThat(directory.organisation(organisation.id()).name()).isIn(name, value.strip());
		assertThat(directory.network(network.id()).name()).isIn(name, value.strip());
		assertThat(directory.programme(programme.id()).name()).isIn(name, value.strip());
	}

	@Test
	void tooLongAndEmptyNamesAreExplainedNextToTheField() throws Exception {
		assertThat(page(asAdmin(post("/admin/organisations")).param("name", "x".repeat(10_000)).param("kind", "OTHER")))
			.contains("Gebruik ten hoogste 200 tekens.");
		assertThat(page(asAdmin(post("/admin/organisations")).param("name", "").param("kind", "OTHER")))
			.contains("Vul dit in.");
		assertThat(page(asAdmin(post("/admin/programmes")).param("name", "P").param("organisationId", "1")
			.param("fundingStart", "not a date"))).contains("Geef een geldige datum.");
	}

	@Test
	void aScriptAsANameIsStoredAndShownAsText() throws Exception {
		String name = HostileInput.SCRIPT + " " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", name).param("kind", "OTHER"))
			.andExpect(redirectedUrl("/admin/organisations"));
		String list = page(get("/admin/organisations").param("q", name.substring(name.length() - 36)));
		assertThat(list).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(HostileInput.SCRIPT);
	}

	@Test
	void nonLatinNamesAreStoredAsTyped() throws Exception {
		String name = "Їжак і друзі 🌻 " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", name).param("kind", "OTHER"))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(directory.organisationNamed(name)).isPresent();
	}

	@Test
	void theSecondOfTwoEditorsIsToldInsteadOfOverwritingTheFirst() throws Exception {
		String name = "Gelijktijdig " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", name).param("kind", "OTHER"));
		OrganisationView seen = directory.organisationNamed(name).orElseThrow();

		mvc.perform(asAdmin(post("/admin/organisations/" + seen.id())).param("name", name).param("kind", "SCHOOL")
			.param("city", "first").param("version", String.valueOf(seen.version())))
			.andExpect(redirectedUrl("/admin/organisations"));
		String second = page(asAdmin(post("/admin/organisations/" + seen.id())).param("name", name).param("kind", "CHURCH")
			.param("city", "second").param("version", String.valueOf(seen.version())));

		assertThat(second).contains("Iemand anders heeft dit intussen gewijzigd", "second");
		assertThat(directory.organisation(seen.id()).city()).isEqualTo("first");
	}

	@Test
	void aNetworkCanOnlyBeCoordinatedByOneOfItsMembers() throws Exception {
		NetworkView network = directory.allNetworks().stream().filter(n -> n.name().equals("Netwerk Demo")).findFirst()
			.orElseThrow();
		String outsider = "Buiten " + UUID.randomUUID();
		mvc.perform(asAdmin(post("/admin/organisations")).param("name", outsider).param("kind", "OTHER"));
		long outsiderId = directory.organisationNamed(outsider).orElseThrow().id();

		String body = page(asAdmin(post("/admin/networks/" + network.id())).param("name", network.name())
			.param("coordinatingOrganisationId", String.valueOf(outsiderId)).param("version", String.valueOf(network.version())));

		assertThat(body).contains("Kies een organisatie die lid is van dit netwerk.");
		assertThat(directory.network(network.id()).coordinatingOrganisationName()).isEqualTo("Stad Demo");
	}

	@Test
	void listsArePagedAndSortedAndIgnoreUnknownSortFields() throws Exception {
		assertThat(mvc.perform(asAdmin(get("/admin/organisations")).param("sort", "passwordHash").param("size", "100000"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Welzijn Demo");
		assertThat(page(get("/admin/programmes").param("sort", "name").param("dir", "desc"))).contains("Woonbuddy&#39;s");
	}

	@Test
	void aFundingPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
		long organisation = directory.organisationNamed("Welzijn Demo").orElseThrow().id();
		String body = page(asAdmin(post("/admin/programmes")).param("name", "Omgekeerd " + UUID.randomUUID())
			.param("organisationId", String.valueOf(organisation)).param("fundingStart", "2027-01-01")
			.param("fundingEnd", "2026-01-01"));
		assertThat(body).contains("De einddatum van de financiering ligt voor de begindatum.");
	}

	/** Posts the valid form once per field, with that one field replaced by the hostile value. */
	private void everyFieldWith(String value, String path, Map<String, String> valid) throws Exception {
		for (String field : valid.keySet()) {
			MockHttpServletRequestBuilder request = asAdmin(post(path));
			valid.forEach((name, good) -> request.param(name, name.equals(field) ? value : good));
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as("%s=%s", field, abbreviate(value)).isIn(200, 302, 400, 409);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(asAdmin(request)).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(SignedIn.as(accounts, Role.ADMIN)).with(csrf());
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}
}
