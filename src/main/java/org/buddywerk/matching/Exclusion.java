package org.buddywerk.matching;

/** The hard rules: a pair with any of these is never proposed. Message key {@code match.exclusion.<NAME>}. */
enum Exclusion {
	BUDDY_NOT_AVAILABLE, SCREENING_NOT_VALID, NO_CAPACITY_LEFT, NO_MATCHING_CONSENT, NOT_WAITING,
	NO_SHARED_LANGUAGE, TOO_FAR, GENDER_PREFERENCE, BOUNDARY, DECLINED_BEFORE, RULED_OUT
}
