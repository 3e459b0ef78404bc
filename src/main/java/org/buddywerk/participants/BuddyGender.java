package org.buddywerk.participants;

/** Who the participant would like as a buddy. */
public enum BuddyGender {
	NO_PREFERENCE, WOMAN, MAN
}
