package org.buddywerk.organisations;

import java.util.List;

/** A network with its member organisations and the one coordinating it. */
public record NetworkView(long id, String name, String description, Long coordinatingOrganisationId,
		String coordinatingOrganisationName, List<String> members, long version) {
}
