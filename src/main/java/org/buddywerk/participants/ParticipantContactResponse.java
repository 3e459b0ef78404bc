package org.buddywerk.participants;

/** How to reach a participant: for their professionals and the programme's coordinators only. */
record ParticipantContactResponse(String lastName, String phone, String email) {
}
