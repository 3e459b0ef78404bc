package org.buddywerk.matching;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The proposal was answered, withdrawn or has no introduction yet: the action no longer (or not yet) applies. */
@ResponseStatus(HttpStatus.CONFLICT)
class ProposalClosedException extends RuntimeException {
}
