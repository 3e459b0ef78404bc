package org.buddywerk.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The date it is for the people using Buddywerk (Belgium and the Netherlands share one time zone). */
public final class Today {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private Today() {
	}

	public static LocalDate on(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}
}
