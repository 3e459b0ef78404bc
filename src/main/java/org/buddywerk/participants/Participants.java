package org.buddywerk.participants;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (matching, later) may ask about a participant. */
@Service
@Transactional(readOnly = true)
public class Participants {

	private final ParticipantRepository participants;

	private final Consents consents;

	Participants(ParticipantRepository participants, Consents consents) {
		this.participants = participants;
		this.consents = consents;
	}

	/** Whether this participant may be proposed to a buddy: waiting, and consenting to be matched right now. */
	public boolean matchable(long participantId) {
		return participants.findById(participantId)
			.filter(p -> p.getWaitingSince() != null)
			.isPresent() && consents.covers(participantId, ConsentPurpose.MATCHING);
	}
}
