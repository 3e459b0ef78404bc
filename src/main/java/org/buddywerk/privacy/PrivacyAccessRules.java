package org.buddywerk.privacy;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only administrators search the audit log; nobody can change it through the application. */
@Component
class PrivacyAccessRules implements AccessRules {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/audit").hasRole(Role.ADMIN.name());
	}
}
