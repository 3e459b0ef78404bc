package org.buddywerk.volunteers;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, the screening check of {@link Pipeline#markScreenings()}: screenings ending within 30 days are
 * flagged expiring, ended ones expired. With several instances only the one that takes the lock runs it.
 */
@Component
class ScreeningExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ScreeningExpiryJob.class);

	private final Pipeline pipeline;

	ScreeningExpiryJob(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	/**
	 * At night, in the zone of {@code Today}, so that "today" is the same date for the job and the people. The
	 * lock is held at least 5 minutes, so that an instance whose clock runs a little behind does not run it again
	 * right after; at most 30 minutes, so that an instance that dies mid-run does not block the next night.
	 */
	@Scheduled(cron = "${buddywerk.jobs.screening-expiry.cron:0 15 2 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "screening-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void run() {
		LockAssert.assertLocked();
		int changed = pipeline.markScreenings();
		// a count only: which volunteers changed is in the enrolment events, not in the logs
		log.info("Screening expiry check: {} enrolments changed", changed);
	}
}
