package org.buddywerk.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin may change of an account; e-mail and password are not part of it. */
record AccountForm(@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 5) String language,
		List<String> roles, Long version) {

	AccountForm {
		roles = roles == null ? List.of() : roles;
	}
}
