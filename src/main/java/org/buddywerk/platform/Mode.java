package org.buddywerk.platform;

/** How Buddywerk runs: {@code demo} (embedded database, demo data) or {@code production}. */
public enum Mode {
	DEMO, PRODUCTION
}
