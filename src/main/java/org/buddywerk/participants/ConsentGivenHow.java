package org.buddywerk.participants;

/** How a consent was given. */
public enum ConsentGivenHow {
	SIGNED_FORM, VERBAL_WITH_WITNESS
}
