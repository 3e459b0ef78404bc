package org.buddywerk.platform;

/** What a person may do in an organisation. A person can hold several roles. */
public enum Role {
	ADMIN, COORDINATOR, PROFESSIONAL, COACH, BUDDY, PARTICIPANT, PARTNER, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

	/** The path segment of this role's start page, e.g. {@code /home/coordinator}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
