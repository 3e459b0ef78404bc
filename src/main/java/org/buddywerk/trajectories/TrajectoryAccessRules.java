package org.buddywerk.trajectories;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The triangle, the coach and the coordinator work with trajectories; {@link TrajectoryAccess} decides which. */
@Component
class TrajectoryAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/trajectories", "/trajectories/**").hasAnyRole(Role.BUDDY.name(), Role.PARTICIPANT.name(),
				Role.PROFESSIONAL.name(), Role.COORDINATOR.name(), Role.COACH.name());
	}
}
