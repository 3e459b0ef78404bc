package org.buddywerk.organisations;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

@BuddywerkTest
public class OrganisationAccessTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/admin/organisations", Role.ADMIN),
			Endpoint.of(GET, "/admin/organisations/new", Role.ADMIN),
			Endpoint.of(POST, "/admin/organisations", Role.ADMIN),
			Endpoint.of(GET, "/admin/organisations/{id}", Role.ADMIN),
			Endpoint.of(POST, "/admin/organisations/{id}", Role.ADMIN),
			Endpoint.of(GET, "/admin/networks", Role.ADMIN),
			Endpoint.of(GET, "/admin/networks/new", Role.ADMIN),
			Endpoint.of(POST, "/admin/networks", Role.ADMIN),
			Endpoint.of(GET, "/admin/networks/{id}", Role.ADMIN),
			Endpoint.of(POST, "/admin/networks/{id}", Role.ADMIN),
			Endpoint.of(GET, "/admin/programmes", Role.ADMIN),
			Endpoint.of(GET, "/admin/programmes/new", Role.ADMIN),
			Endpoint.of(POST, "/admin/programmes", Role.ADMIN),
			Endpoint.of(GET, "/admin/programmes/{id}", Role.ADMIN),
			Endpoint.of(POST, "/admin/programmes/{id}", Role.ADMIN),
			Endpoint.of(GET, "/api/v1/organisations", Role.ADMIN, Role.COORDINATOR),
			Endpoint.of(GET, "/api/v1/organisations/{id}", Role.ADMIN, Role.COORDINATOR),
			Endpoint.of(POST, "/api/v1/organisations", Role.ADMIN),
			Endpoint.of(PUT, "/api/v1/organisations/{id}", Role.ADMIN),
			Endpoint.of(GET, "/api/v1/programmes", Role.ADMIN, Role.COORDINATOR),
			Endpoint.of(GET, "/api/v1/programmes/{id}", Role.ADMIN, Role.COORDINATOR),
			Endpoint.of(POST, "/api/v1/programmes", Role.ADMIN),
			Endpoint.of(PUT, "/api/v1/programmes/{id}", Role.ADMIN));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", idFor(endpoint)));
	}

	/** A real record of the kind the path is about, so that allowed requests reach their handler. */
	private long idFor(Endpoint endpoint) {
		if (endpoint.pattern().contains("network")) {
			return directory.allNetworks().get(0).id();
		}
		if (endpoint.pattern().contains("programme")) {
			return directory.programmes("", Paging.of(0, 1, null, null, java.util.Set.of(), "name")).getContent().get(0).id();
		}
		return directory.organisationNamed("Welzijn Demo").orElseThrow().id();
	}
}
