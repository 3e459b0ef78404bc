package org.buddywerk.participants;

import org.buddywerk.organisations.LifeDomain;

/** A need in one life domain, priority 1 (most urgent) to 3; the professional's note stays out of the API. */
record ParticipantNeedResponse(LifeDomain domain, int priority) {
}
