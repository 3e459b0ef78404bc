package org.buddywerk.people;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.Languages;
import org.buddywerk.platform.PlainText;

/** What an admin fills in for a new account; roles as {@code organisationId:ROLE}. */
record NewAccountForm(@NotBlank @Email @Size(max = 254) String email,
		@PlainText @NotBlank @Size(max = 200) String displayName,
		@NotBlank @Pattern(regexp = Languages.PATTERN, message = "{account.unknownLanguage}") String language,
		@NotBlank @Size(max = 1000) String password, List<String> roles) {

	NewAccountForm {
		roles = roles == null ? List.of() : roles;
	}

	/** Never the password: forms end up in logs and test reports. */
	@Override
	public String toString() {
		return "NewAccountForm[language=" + language + ", roles=" + roles + "]";
	}

	static NewAccountForm empty() {
		return new NewAccountForm("", "", "nl", "", List.of());
	}
}
