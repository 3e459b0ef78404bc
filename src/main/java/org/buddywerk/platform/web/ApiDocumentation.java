package org.buddywerk.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI buddywerkApi() {
		return new OpenAPI().info(new Info().title("Buddywerk API")
			.version("v1")
			.description("Buddy programmes in social work. Sign in first: the API uses the same session and access "
					+ "rules as the pages. State-changing requests need the CSRF token (header X-CSRF-TOKEN). "
					+ "Errors are RFC 9457 problem details in the caller's language.")
			.license(new License().name("Open source")));
	}
}
