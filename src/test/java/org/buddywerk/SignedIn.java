package org.buddywerk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.buddywerk.platform.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests made as one of the demo accounts, with the principal the application itself would load. */
public final class SignedIn {

	private SignedIn() {
	}

	public static String demoEmail(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT) + "@demo.buddywerk.org";
	}

	public static RequestPostProcessor as(UserDetailsService accounts, Role role) {
		return user(accounts.loadUserByUsername(demoEmail(role)));
	}
}
