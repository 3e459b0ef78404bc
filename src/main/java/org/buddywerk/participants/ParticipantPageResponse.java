package org.buddywerk.participants;

import java.util.List;

/** A page of participants with what a client needs to ask for the next one. */
record ParticipantPageResponse(List<ParticipantResponse> items, int page, int size, long totalItems, int totalPages) {

	static ParticipantPageResponse of(List<ParticipantResponse> items, int page, int size, long totalItems) {
		return new ParticipantPageResponse(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}
}
