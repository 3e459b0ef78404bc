package org.buddywerk.platform;

public enum LanguageLevel {
	BASIC, GOOD, NATIVE
}
