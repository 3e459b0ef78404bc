package org.buddywerk.participants;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Professionals and coordinators work with participants; break-glass is for coordinators; a participant sees
 * their own page. Which records each reaches is decided by {@link ParticipantAccess}.
 */
@Component
class ParticipantAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String professional = Role.PROFESSIONAL.name();
		String coordinator = Role.COORDINATOR.name();
		rules.requestMatchers("/participants/caseload").hasRole(professional);
		rules.requestMatchers("/participants/*/break-glass").hasRole(coordinator);
		rules.requestMatchers("/participants", "/participants/**").hasAnyRole(professional, coordinator);
		rules.requestMatchers("/me/participant", "/me/participant/**").hasRole(Role.PARTICIPANT.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/participants", "/api/v1/participants/*")
			.hasAnyRole(professional, coordinator);
	}
}
