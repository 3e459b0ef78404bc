package org.buddywerk.participants;

/** How to reach a participant. Who may see it is for the caller to decide (DESIGN.md §4). */
public record ParticipantContact(String firstName, String lastName, String phone, String email) {
}
