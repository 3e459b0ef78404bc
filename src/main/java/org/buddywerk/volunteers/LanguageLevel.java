package org.buddywerk.volunteers;

public enum LanguageLevel {
	BASIC, GOOD, NATIVE
}
