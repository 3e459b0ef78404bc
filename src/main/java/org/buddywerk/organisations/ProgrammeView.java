package org.buddywerk.organisations;

import java.time.LocalDate;
import java.util.Set;

/** A programme as pages, the API and other modules see it. */
public record ProgrammeView(long id, String name, long organisationId, String organisationName, String targetGroup,
		Set<LifeDomain> lifeDomains, String funder, LocalDate fundingStart, LocalDate fundingEnd, boolean active,
		long version) {
}
