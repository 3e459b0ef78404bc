package org.buddywerk.matching;

enum Answer {
	YES, NO
}
