package org.buddywerk.volunteers;

public enum IntakeDecision {
	ACCEPTED, DECLINED
}
