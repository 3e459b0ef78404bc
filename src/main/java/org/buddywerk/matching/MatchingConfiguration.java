package org.buddywerk.matching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Match runs get their own small pool: a big programme's solve must not hold up other background work. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	static final String RUN_EXECUTOR = "matchRunExecutor";

	@Bean(RUN_EXECUTOR)
	ThreadPoolTaskExecutor matchRunExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("match-run-");
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(20);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		return executor;
	}
}
