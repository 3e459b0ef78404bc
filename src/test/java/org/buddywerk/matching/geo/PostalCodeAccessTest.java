package org.buddywerk.matching.geo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.platform.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** The postal-code page against every role: administrators only. A POST without a file changes nothing. */
@BuddywerkTest
public class PostalCodeAccessTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.of(GET, "/admin/postal-codes", Role.ADMIN),
			Endpoint.of(POST, "/admin/postal-codes", Role.ADMIN));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PostalCodeTable table;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyAdministratorsGetThrough(Endpoint endpoint, Role role) throws Exception {
		List<PostalCodeTable.Country> before = table.countries();
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of());
		assertThat(table.countries()).isEqualTo(before);
	}
}
