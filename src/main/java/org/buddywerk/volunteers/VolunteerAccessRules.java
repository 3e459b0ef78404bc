package org.buddywerk.volunteers;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may sign up; coordinators run the pipeline of their programmes, coaches see their buddies, a volunteer
 * sees their own page. Which records each may reach is checked by {@link VolunteerAccess}.
 */
@Component
class VolunteerAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/join", "/join/thanks").permitAll();
		rules.requestMatchers("/volunteers", "/volunteers/**").hasRole(Role.COORDINATOR.name());
		rules.requestMatchers("/coach/buddies", "/coach/buddies/**").hasRole(Role.COACH.name());
		rules.requestMatchers("/me/volunteer", "/me/volunteer/**").hasRole(Role.BUDDY.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/volunteers", "/api/v1/volunteers/*")
			.hasRole(Role.COORDINATOR.name());
	}
}
