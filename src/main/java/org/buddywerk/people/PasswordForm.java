package org.buddywerk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(@NotBlank @Size(max = 1000) String currentPassword, @NotBlank @Size(max = 1000) String newPassword,
		@NotBlank @Size(max = 1000) String repeatPassword) {

	/** Never the passwords: forms end up in logs and test reports. */
	@Override
	public String toString() {
		return "PasswordForm[…]";
	}

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}
}
