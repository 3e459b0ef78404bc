package org.buddywerk.platform.jobs;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run once however many instances share the database: a job annotated with
 * {@code @SchedulerLock} first takes its row in the {@code shedlock} table (migration V3), and an instance that
 * finds it taken skips that run. The lock times come from the database's clock, so instances whose clocks drift
 * still agree on when a lock ends.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobsConfiguration {

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.usingDbTime()
			.build());
	}
}
