package org.buddywerk.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.PlainText;

/** A network's name and description, and which member organisation coordinates it. */
record NetworkForm(@PlainText @NotBlank @Size(max = 200) String name,
		@PlainText @Size(max = 2000) String description,
		Long coordinatingOrganisationId, Long version) {

	static NetworkForm empty() {
		return new NetworkForm("", "", null, null);
	}
}
