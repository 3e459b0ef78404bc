package org.buddywerk.participants;

/** What a participant consents to. */
public enum ConsentPurpose {
	PROGRAMME, SHARING_WITH_PARTNER, MATCHING, STORY_IN_SIGNAL
}
