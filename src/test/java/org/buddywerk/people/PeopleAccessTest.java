package org.buddywerk.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.buddywerk.AccessMatrix;
import org.buddywerk.AccessMatrix.Endpoint;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

@BuddywerkTest
public class PeopleAccessTest {

	public static final List<Endpoint> ENDPOINTS = List.of(
				Endpoint.forEveryone(GET, "/"),
				Endpoint.forEveryone(GET, "/account/password"),
				Endpoint.forEveryone(POST, "/account/password"),
				Endpoint.of(GET, "/admin/accounts", Role.ADMIN),
				Endpoint.of(GET, "/admin/accounts/new", Role.ADMIN),
				Endpoint.of(POST, "/admin/accounts", Role.ADMIN),
				Endpoint.of(GET, "/admin/accounts/{id}", Role.ADMIN),
				Endpoint.of(POST, "/admin/accounts/{id}", Role.ADMIN),
				Endpoint.of(GET, "/admin/accounts/{id}/deactivate", Role.ADMIN),
				Endpoint.of(POST, "/admin/accounts/{id}/deactivate", Role.ADMIN),
				Endpoint.of(POST, "/admin/accounts/{id}/reactivate", Role.ADMIN));

	/** Each role's start page is its own; this row stands for all of them in the mapping check. */
	public static final Endpoint HOME = Endpoint.of(GET, "/home/{role}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AccountRepository repository;

	static Stream<Arguments> cases() {
		return AccessMatrix.cases(ENDPOINTS);
	}

	static Stream<Arguments> homes() {
		List<Arguments> homes = new ArrayList<>();
		for (Role page : Role.values()) {
			AccessMatrix.cases(List.of(Endpoint.of(GET, "/home/" + page.slug(), page))).forEach(homes::add);
		}
		return homes.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyTheRolesInTheTableGetThrough(Endpoint endpoint, Role role) throws Exception {
		// the coach's account is the target: no test here may change the admin's own account
		long id = repository.findByEmail(SignedIn.demoEmail(Role.COACH)).orElseThrow().getId();
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of("id", id));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("homes")
	void eachStartPageIsOnlyForItsOwnRole(Endpoint endpoint, Role role) throws Exception {
		AccessMatrix.check(mvc, accounts, endpoint, role, Map.of());
	}
}
