package org.buddywerk.people;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Start pages per role, one's own password, and the admin's account pages. */
@Component
class PeopleAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/", "/account/password").authenticated();
		for (Role role : Role.values()) {
			rules.requestMatchers("/home/" + role.slug()).hasRole(role.name());
		}
		rules.requestMatchers("/admin/accounts", "/admin/accounts/**").hasRole(Role.ADMIN.name());
	}
}
