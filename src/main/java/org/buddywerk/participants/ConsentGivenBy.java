package org.buddywerk.participants;

/** Who gave a consent. */
public enum ConsentGivenBy {
	PARTICIPANT, LEGAL_REPRESENTATIVE
}
