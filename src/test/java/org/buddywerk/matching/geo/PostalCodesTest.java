package org.buddywerk.matching.geo;

import java.util.Arrays;
import java.util.Map;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Locating postal codes in the default table that the migration brings. */
@BuddywerkTest
class PostalCodesTest {

	@Autowired
	PostalCodes postalCodes;

	@Test
	void theDemoCodesAreThereAndDistancesAreAsOnAMap() {
		Map<String, Coordinates> located = postalCodes.locate(
				Arrays.asList("9000", "9030", "9040", "9050", "9051", "2000", "2018", "2060", "1000", "1030", "1080", "1012AB", "3011 AA"));
		assertThat(located).hasSize(13);
		assertThat(located.get("9000").kilometresTo(located.get("2000"))).isCloseTo(51, within(3.0));
		assertThat(located.get("1012AB").kilometresTo(located.get("3011 AA"))).isCloseTo(57, within(3.0));
		assertThat(located.get("9000").kilometresTo(located.get("9040"))).isLessThan(5);
	}

	@Test
	void codesAreFoundHoweverTheyAreTypedAndKeyedAsGiven() {
		Map<String, Coordinates> located = postalCodes.locate(Arrays.asList(" 9000 ", "B-9000", "BE 9000", "1012 ab", "NL-1012", null));
		assertThat(located).containsOnlyKeys(" 9000 ", "B-9000", "BE 9000", "1012 ab", "NL-1012");
		assertThat(located.get("B-9000")).isEqualTo(new Coordinates(51.05, 3.7167));
		assertThat(located.get("1012 ab")).isEqualTo(located.get("NL-1012"));
		assertThat(postalCodes.locate("9000")).contains(new Coordinates(51.05, 3.7167));
	}

	@Test
	void unknownAndMalformedCodesAreSimplyAbsent() {
		assertThat(postalCodes.locate(Arrays.asList("9999", "NL-9000", "ZZ-1000", "Gent"))).isEmpty();
		assertThat(postalCodes.locate(HostileInput.VALUES)).isEmpty();
		assertThat(postalCodes.locate((String) null)).isEmpty();
		assertThat(postalCodes.locate("9999")).isEmpty();
		assertThat(postalCodes.locate(Arrays.asList())).isEmpty();
	}
}
