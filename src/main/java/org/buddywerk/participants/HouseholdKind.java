package org.buddywerk.participants;

/** A member of the household. */
public enum HouseholdKind {
	ADULT, CHILD
}
