package org.buddywerk.organisations;

import java.util.UUID;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@BuddywerkTest
class OrganisationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void aCoordinatorListsProgrammesAPageAtATime() throws Exception {
		mvc.perform(as(Role.COORDINATOR, get("/api/v1/programmes").param("size", "1").param("q", "buddy")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").isNumber());
		mvc.perform(as(Role.COORDINATOR, get("/api/v1/programmes").param("q", "Woonbuddy")))
			.andExpect(jsonPath("$.items[*].name", hasItem("Woonbuddy's")))
			.andExpect(jsonPath("$.items[0].lifeDomains", hasItem("HOUSING")));
	}

	@Test
	void anAdminCreatesAndChangesAnOrganisation() throws Exception {
		String name = "Api organisatie " + UUID.randomUUID();
		String location = mvc.perform(as(Role.ADMIN, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"city\":\"Antwerpen\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/organisations/")))
			.andExpect(jsonPath("$.kind").value("SCHOOL"))
			.andReturn().getResponse().getHeader("Location");
		OrganisationView created = directory.organisationNamed(name).orElseThrow();

		mvc.perform(as(Role.ADMIN, put(location)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"kind\":\"CHURCH\",\"version\":" + created.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CHURCH"));
		assertThat(directory.organisation(created.id()).kind()).isEqualTo(OrganisationKind.CHURCH);
	}

	@Test
	void invalidInputIsAProblemDetailNamingEachFieldInTheCallersOwnLanguage() throws Exception {
		mvc.perform(as(Role.ADMIN, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"kind\":null}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Vul dit in."))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
	}

	@Test
	void malformedJsonAndUnknownEnumValuesAre400NotServerErrors() throws Exception {
		mvc.perform(as(Role.ADMIN, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(as(Role.ADMIN, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"kind\":\"CASTLE\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void controlCharactersInJsonTextAreRefusedAsBadInput() throws Exception {
		mvc.perform(as(Role.ADMIN, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"nul\\u0000byte\",\"kind\":\"OTHER\"}"))
			.andExpect(status().isBadRequest());
		assertThat(directory.allOrganisations()).noneMatch(o -> o.name().startsWith("nul"));
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		OrganisationView welfare = directory.organisationNamed("Welzijn Demo").orElseThrow();
		mvc.perform(as(Role.ADMIN, put("/api/v1/organisations/" + welfare.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Overschreven\",\"kind\":\"OTHER\",\"version\":" + (welfare.version() + 5) + "}"))
			.andExpect(status().isConflict());
		assertThat(directory.organisation(welfare.id()).name()).isEqualTo("Welzijn Demo");
	}

	@Test
	void aCoordinatorCannotWriteAndABuddyCannotRead() throws Exception {
		mvc.perform(as(Role.COORDINATOR, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Niet toegelaten\",\"kind\":\"OTHER\"}"))
			.andExpect(status().isForbidden());
		assertThat(directory.organisationNamed("Niet toegelaten")).isEmpty();
		mvc.perform(as(Role.BUDDY, get("/api/v1/organisations"))).andExpect(status().isForbidden());
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(as(Role.ADMIN, get("/v3/api-docs")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programmes/{id}'].put").exists());
	}

	private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
		return request.with(SignedIn.as(accounts, role)).with(csrf()).accept(MediaType.APPLICATION_JSON);
	}
}
