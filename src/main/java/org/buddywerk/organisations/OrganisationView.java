package org.buddywerk.organisations;

/** An organisation as pages, the API and other modules see it. */
public record OrganisationView(long id, String name, OrganisationKind kind, String city, Long networkId,
		String networkName, long version) {
}
