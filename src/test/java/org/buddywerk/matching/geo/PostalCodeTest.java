package org.buddywerk.matching.geo;

import java.util.Optional;

import org.buddywerk.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Postal codes as people type them, and distances between coordinates. */
class PostalCodeTest {

	@ParameterizedTest(name = "\"{0}\" is {1} {2}")
	@CsvSource(delimiter = '|', value = {
			"9000|BE|9000",
			"'  9000 '|BE|9000",
			"90 00|BE|9000",
			"b-9000|BE|9000",
			"B - 9000|BE|9000",
			"BE-9000|BE|9000",
			"be 9000|BE|9000",
			"1012 AB|NL|1012",
			"1012ab|NL|1012",
			"'1012\u00A0AB'|NL|1012",
			"NL-1012 AB|NL|1012",
			"NL 1012|NL|1012",
			"NL-1012|NL|1012",
			"D-10115|DE|10115",
			"L-1009|LU|1009" })
	void whatPeopleTypeIsNormalised(String typed, String country, String code) {
		assertThat(PostalCode.parse(typed, "BE")).contains(new PostalCode(country, code));
	}

	@Test
	void aBareCodeIsInTheDefaultCountry() {
		assertThat(PostalCode.parse("1012", "NL")).contains(new PostalCode("NL", "1012"));
		assertThat(PostalCode.parse("1012", "BE")).contains(new PostalCode("BE", "1012"));
	}

	@Test
	void whatCannotBeAPostalCodeIsNothing() {
		assertThat(PostalCode.parse(null, "BE")).isEmpty();
		for (String hostile : HostileInput.VALUES) {
			Optional<PostalCode> parsed = PostalCode.parse(hostile, "BE");
			// what survives is harmless: letters, digits and dashes, at most ten
			parsed.ifPresent(code -> assertThat(code.code()).matches("[0-9A-Z-]{1,10}"));
		}
		assertThat(PostalCode.parse("", "BE")).isEmpty();
		assertThat(PostalCode.parse(HostileInput.SCRIPT, "BE")).isEmpty();
		assertThat(PostalCode.parse("x".repeat(10_001), "BE")).isEmpty();
		assertThat(PostalCode.parse("\u0000nul", "BE")).isEmpty();
		assertThat(PostalCode.parse("X-9000", "BE")).isEmpty();
	}

	@Test
	void aFileLineKeepsItsCountryAndDutchCodesTheirFourDigits() {
		assertThat(PostalCode.of("NL", "1011 AB")).contains(new PostalCode("NL", "1011"));
		assertThat(PostalCode.of("BE", "9000")).contains(new PostalCode("BE", "9000"));
		assertThat(PostalCode.of("GB", "SW1A 1AA")).contains(new PostalCode("GB", "SW1A1AA"));
		assertThat(PostalCode.of("BE", " ")).isEmpty();
		assertThat(PostalCode.of("BE", "12345678901")).isEmpty();
	}

	@Test
	void distancesAreGreatCircleKilometres() {
		Coordinates gent = new Coordinates(51.05, 3.7167);
		Coordinates antwerpen = new Coordinates(51.2199, 4.4035);
		assertThat(gent.kilometresTo(antwerpen)).isCloseTo(51.5, within(0.1));
		assertThat(antwerpen.kilometresTo(gent)).isEqualTo(gent.kilometresTo(antwerpen));
		assertThat(gent.kilometresTo(gent)).isZero();
		assertThat(new Coordinates(0, 0).kilometresTo(new Coordinates(1, 0))).isCloseTo(111.19, within(0.01));
		assertThat(new Coordinates(0, 179.5).kilometresTo(new Coordinates(0, -179.5))).isCloseTo(111.19, within(0.01));
		assertThat(new Coordinates(90, 0).kilometresTo(new Coordinates(-90, 0))).isCloseTo(20_015.1, within(0.1));
	}

	@Test
	void coordinatesOutsideTheEarthDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(90.1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(0, -180.1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(Double.NaN, 0));
	}
}
