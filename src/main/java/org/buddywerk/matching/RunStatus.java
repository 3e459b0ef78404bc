package org.buddywerk.matching;

enum RunStatus {
	RUNNING, DONE, FAILED
}
