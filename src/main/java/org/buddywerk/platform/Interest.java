package org.buddywerk.platform;

/** Everyday things people like to do together: what a buddy and a participant can share besides help. */
public enum Interest {
	SPORT, COOKING, MUSIC, NATURE, READING, ART, GAMES, TECHNOLOGY, CRAFTS, GARDENING, CULTURE, LANGUAGES
}
