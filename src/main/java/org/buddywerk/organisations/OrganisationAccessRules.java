package org.buddywerk.organisations;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Admins keep the register of organisations, networks and programmes; coordinators may read it by API. */
@Component
class OrganisationAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/organisations", "/admin/organisations/**", "/admin/networks",
				"/admin/networks/**", "/admin/programmes", "/admin/programmes/**").hasRole(Role.ADMIN.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/*", "/api/v1/programmes",
				"/api/v1/programmes/*").hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name());
		rules.requestMatchers(HttpMethod.POST, "/api/v1/organisations", "/api/v1/programmes").hasRole(Role.ADMIN.name());
		rules.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*", "/api/v1/programmes/*").hasRole(Role.ADMIN.name());
	}
}
