package org.buddywerk.participants;

/** Where a newcomer lives before individual housing. */
public enum ReceptionKind {
	COLLECTIVE_SHELTER, PRIVATE_HOST
}
