package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.List;

import org.buddywerk.platform.SpokenLanguage;

/**
 * A participant's basic profile as the API gives it: never anything of the restricted profile. The contact
 * details are there only for those who may see them (their professionals and the programme's coordinators),
 * otherwise {@code contact} is null.
 */
record ParticipantResponse(long id, long programmeId, String programmeName, String firstName, String postalCode,
		List<SpokenLanguage> languages, List<ParticipantNeedResponse> needs, LocalDate waitingSince,
		ParticipantContactResponse contact) {
}
