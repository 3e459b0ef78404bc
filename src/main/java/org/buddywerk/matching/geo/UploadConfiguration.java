package org.buddywerk.matching.geo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	/** On the import only, and before Spring Security, whose CSRF check is the first to read a parameter. */
	@Bean
	FilterRegistrationBean<OversizedUpload> oversizedPostalCodeUpload(
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		FilterRegistrationBean<OversizedUpload> registration = new FilterRegistrationBean<>(
				new OversizedUpload(maxRequestSize.toBytes()));
		registration.addUrlPatterns("/admin/postal-codes");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}
}
