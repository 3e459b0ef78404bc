package org.buddywerk.matching.geo;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code buddywerk.geo.default-country}: the country of a postal code typed without one (BE unless set). */
@ConfigurationProperties("buddywerk.geo")
record GeoProperties(String defaultCountry) {

	GeoProperties {
		defaultCountry = defaultCountry == null || defaultCountry.isBlank() ? "BE" : defaultCountry.strip().toUpperCase(Locale.ROOT);
		if (!PostalCode.COUNTRY.matcher(defaultCountry).matches()) {
			throw new IllegalArgumentException("buddywerk.geo.default-country must be two letters, like BE or NL");
		}
	}
}
