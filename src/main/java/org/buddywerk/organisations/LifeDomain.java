package org.buddywerk.organisations;

/** The areas of life in which a participant has needs and a buddy can help (levensdomeinen). */
public enum LifeDomain {
	HOUSING, EDUCATION, LANGUAGE, WORK, LEISURE, SOCIAL_NETWORK, ADMINISTRATION, HEALTH_ACCESS, FINANCES, MOBILITY
}
