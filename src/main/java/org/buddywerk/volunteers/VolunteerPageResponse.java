package org.buddywerk.volunteers;

import java.util.List;

/** A page of volunteers with what a client needs to ask for the next one. */
record VolunteerPageResponse(List<VolunteerSummaryResponse> items, int page, int size, long totalItems,
		int totalPages) {

	static VolunteerPageResponse of(List<VolunteerSummaryResponse> items, int page, int size, long totalItems) {
		return new VolunteerPageResponse(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}
}
