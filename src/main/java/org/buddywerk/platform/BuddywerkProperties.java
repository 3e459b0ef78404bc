package org.buddywerk.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code buddywerk.*}; see the README for each. */
@ConfigurationProperties("buddywerk")
public record BuddywerkProperties(Mode mode) {

	public BuddywerkProperties {
		mode = mode == null ? Mode.DEMO : mode;
	}

	public boolean demo() {
		return mode == Mode.DEMO;
	}
}
