package org.buddywerk.platform.web;

import java.time.Clock;

import org.buddywerk.platform.LanguagePreferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(LanguagePreferences preferences) {
		return new UserLocaleResolver(preferences);
	}

	/** One clock for the whole application, so that tests can move time (lockouts, expiry). */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// API clients say their language with Accept-Language; ?lang= is the pages' language switch
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}
}
