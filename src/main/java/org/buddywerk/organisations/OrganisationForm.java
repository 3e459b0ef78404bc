package org.buddywerk.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin fills in for an organisation; also the API's request body. */
public record OrganisationForm(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
		@Size(max = 100) String city, Long networkId, Long version) {

	static OrganisationForm empty() {
		return new OrganisationForm("", null, "", null, null);
	}
}
