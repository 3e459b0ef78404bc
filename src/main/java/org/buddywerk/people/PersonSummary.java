package org.buddywerk.people;

/** An account as other modules see it: who, by name. */
public record PersonSummary(long accountId, String displayName) {
}
