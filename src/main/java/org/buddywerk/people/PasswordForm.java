package org.buddywerk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(@NotBlank @Size(max = 1000) String currentPassword, @NotBlank @Size(max = 1000) String newPassword,
		@NotBlank @Size(max = 1000) String repeatPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}
}
