package org.buddywerk.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Production mode never runs on the embedded database: it stops before any bean, migration or data source is
 * made, with a message that says what to set.
 */
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String mode = environment.getProperty("buddywerk.mode", "demo");
		String url = environment.getProperty("spring.datasource.url", "");
		if ("production".equalsIgnoreCase(mode) && url.startsWith("jdbc:h2:")) {
			throw new IllegalStateException("Buddywerk refuses to start in production mode on the embedded H2 "
					+ "database. Set BUDDYWERK_DB_URL, BUDDYWERK_DB_USER and BUDDYWERK_DB_PASSWORD to a PostgreSQL "
					+ "database, or run without BUDDYWERK_MODE=production to try Buddywerk on demo data.");
		}
	}
}
