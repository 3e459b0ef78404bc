package org.buddywerk.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.buddywerk.platform.AccessRules;
import org.buddywerk.platform.BuddywerkProperties;
import org.buddywerk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Default deny: the public paths below, then each module's {@link AccessRules}, then nothing. API callers get
 * 401/403 problem details instead of the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; it gets scripts from our origin only, like every page. */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain web(HttpSecurity http, List<AccessRules> modules, BuddywerkProperties properties) {
		RequestMatcher api = path("/api/**");
		RequestMatcher apiDocs = new OrRequestMatcher(path("/swagger-ui/**"), path("/swagger-ui.html"),
				path("/v3/api-docs"), path("/v3/api-docs/**"));

		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
			if (properties.demo()) {
				rules.requestMatchers(apiDocs).authenticated();
			}
			else {
				rules.requestMatchers(apiDocs).hasRole(Role.ADMIN.name());
			}
			modules.forEach(module -> module.declare(rules));
			rules.anyRequest().denyAll();
		});

		http.formLogin(login -> login.loginPage("/login")
			.usernameParameter("email")
			.defaultSuccessUrl("/", true)
			.failureHandler(failureHandler()));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));

		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(sendError(HttpServletResponse.SC_UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), path("/**")));

		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiDocs),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiDocs,
					new ContentSecurityPolicyHeaderWriter(API_DOCS_CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		// a deactivated account reads like a wrong password: the form does not tell who has an account
		handler.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?error"));
		return handler;
	}

	/** Lets the error controller answer, so that API callers get a problem detail in their language. */
	private static AuthenticationEntryPoint sendError(int status) {
		return (request, response, exception) -> {
			try {
				response.sendError(status);
			}
			catch (IOException closed) {
				// the client went away; nothing to tell it
			}
		};
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}
}
