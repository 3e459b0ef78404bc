package org.buddywerk.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.Languages;
import org.buddywerk.platform.PlainText;

/** What an admin may change of an account; e-mail and password are not part of it. */
record AccountForm(@PlainText @NotBlank @Size(max = 200) String displayName,
		@NotBlank @Pattern(regexp = Languages.PATTERN, message = "{account.unknownLanguage}") String language,
		List<String> roles, Long version) {

	AccountForm {
		roles = roles == null ? List.of() : roles;
	}
}
