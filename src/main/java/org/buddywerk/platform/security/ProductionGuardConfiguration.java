package org.buddywerk.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductionGuardConfiguration {

	@Bean
	static ProductionGuard productionGuard() {
		return new ProductionGuard();
	}
}
