package org.buddywerk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.buddywerk.platform.Role;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The role × endpoint table of a module. Each row names a request mapping exactly as its controller declares
 * it and the roles allowed to use it; everyone else gets 403, anonymous callers the login page (or 401 on the
 * API). {@code EveryEndpointIsInAnAccessMatrixTest} fails when a mapping is in no table.
 */
public final class AccessMatrix {

	/** One mapping and who may use it. */
	public record Endpoint(HttpMethod method, String pattern, Set<Role> allowed) {

		public static Endpoint of(HttpMethod method, String pattern, Role... allowed) {
			return new Endpoint(method, pattern,
					allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(allowed)));
		}

		public static Endpoint forEveryone(HttpMethod method, String pattern) {
			return new Endpoint(method, pattern, EnumSet.allOf(Role.class));
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	private AccessMatrix() {
	}

	/** Every row against every role and against nobody signed in (role {@code null}). */
	public static Stream<Arguments> cases(List<Endpoint> endpoints) {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			cases.add(Arguments.of(endpoint, null));
			for (Role role : Role.values()) {
				cases.add(Arguments.of(endpoint, role));
			}
		}
		return cases.stream();
	}

	/**
	 * Asserts the outcome for one role. An allowed request may still be refused for its content (400, 404 for
	 * an id, a form with errors): what matters is that security let it through.
	 */
	public static void check(MockMvc mvc, UserDetailsService accounts, Endpoint endpoint, Role role,
			Map<String, Object> ids) throws Exception {
		String path = endpoint.pattern();
		for (Map.Entry<String, Object> id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
		}
		MockHttpServletRequestBuilder request = request(endpoint.method(), path).with(csrf());
		if (path.startsWith("/api/")) {
			request.accept("application/json");
		}
		if (role != null) {
			request.with(SignedIn.as(accounts, role));
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		boolean toLogin = redirect != null && redirect.endsWith("/login");

		if (role == null) {
			if (path.startsWith("/api/")) {
				assertThat(status).as("%s anonymous", endpoint).isEqualTo(401);
			}
			else {
				assertThat(toLogin).as("%s anonymous goes to the login page (status %s)", endpoint, status).isTrue();
			}
		}
		else if (endpoint.allowed().contains(role)) {
			assertThat(status).as("%s as %s is allowed", endpoint, role).isNotIn(401, 403).isLessThan(500);
			assertThat(toLogin).as("%s as %s is allowed", endpoint, role).isFalse();
		}
		else {
			assertThat(status).as("%s as %s is denied", endpoint, role).isEqualTo(403);
		}
	}
}
