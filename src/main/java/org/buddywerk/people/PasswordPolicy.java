package org.buddywerk.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST 800-63B style: long enough, not absurdly long, no composition rules, not a commonly used password.
 * Returns the message key of what is wrong, if anything.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		ClassPathResource list = new ClassPathResource("people/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			common = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || lower.chars().distinct().count() < 4
				|| (email != null && !email.isBlank() && lower.contains(Account.normalise(email)))) {
			return Optional.of("password.tooCommon");
		}
		return Optional.empty();
	}
}
