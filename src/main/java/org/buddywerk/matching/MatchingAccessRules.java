package org.buddywerk.matching;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Coordinators match; professionals follow their participants' proposals; buddies and participants answer
 * their own; admins import postal codes. Which programmes, proposals and people each reaches is
 * decided per record by the matching services.
 */
@Component
class MatchingAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String coordinator = Role.COORDINATOR.name();
		rules.requestMatchers("/admin/postal-codes", "/admin/postal-codes/**").hasRole(Role.ADMIN.name());
		rules.requestMatchers(HttpMethod.POST, "/api/v1/matching/solve").hasRole(coordinator);
		rules.requestMatchers(HttpMethod.POST, "/matching/proposals/*/introduction", "/matching/proposals/*/withdraw")
			.hasRole(coordinator);
		rules.requestMatchers("/matching/proposals", "/matching/proposals/**")
			.hasAnyRole(coordinator, Role.PROFESSIONAL.name());
		rules.requestMatchers("/matching", "/matching/**").hasRole(coordinator);
		rules.requestMatchers("/me/matches", "/me/matches/**").hasAnyRole(Role.BUDDY.name(), Role.PARTICIPANT.name());
	}
}
