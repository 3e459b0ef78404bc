package org.buddywerk.platform;

import java.util.Locale;
import java.util.Optional;

/** Where a signed-in person's chosen language is kept; implemented by the people module. */
public interface LanguagePreferences {

	Optional<Locale> preferredBy(String username);

	void remember(String username, Locale locale);
}
