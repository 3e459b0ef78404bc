package org.buddywerk.platform;

/** How a person describes themselves; X is non-binary or otherwise. Not saying is allowed: then there is none. */
public enum Gender {
	WOMAN, MAN, X
}
