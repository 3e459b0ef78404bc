package org.buddywerk.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.PlainText;

/** What an admin fills in for an organisation; also the API's request body. */
public record OrganisationForm(@PlainText @NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
		@PlainText @Size(max = 100) String city, Long networkId, Long version) {

	static OrganisationForm empty() {
		return new OrganisationForm("", null, "", null, null);
	}
}
