package org.buddywerk.matching.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reading GeoNames files and their CSV form: merged per code, or refused whole with the line that is wrong. */
class PostalCodeFileTest {

	/** Where CI (and every developer) has the shared data: beside the project. */
	static final Path SHARED = Path.of("../shared/data/geo");

	static final String CSV_HEADER = "country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude";

	@Test
	void theSharedBelgianFileHasOneRowPerCodeWithTheMeanOfItsPlaces() throws IOException {
		PostalCodeFile file = read(SHARED.resolve("postal-codes-be.csv"), "BE");
		assertThat(file.lines()).isEqualTo(2_782);
		assertThat(file.rows()).hasSize(1_146);
		Map<String, PostalCodeRow> rows = byCode(file);
		assertThat(rows.get("9000").place()).isEqualTo("Gent");
		assertThat(rows.get("9000").coordinates()).isEqualTo(new Coordinates(51.05, 3.7167));
		// 9050 is Ledeberg (51.0386, 3.7446) and Gentbrugge (51.0369, 3.7651)
		assertThat(rows.get("9050").place()).isEqualTo("Ledeberg");
		assertThat(rows.get("9050").coordinates().latitude()).isCloseTo(51.03775, within(1e-9));
		assertThat(rows.get("9050").coordinates().longitude()).isCloseTo(3.75485, within(1e-9));
	}

	@Test
	void theSharedDutchFileHasOneRowPerCode() throws IOException {
		PostalCodeFile file = read(SHARED.resolve("postal-codes-nl.csv"), "NL");
		assertThat(file.rows()).hasSize(4_069);
		assertThat(byCode(file).get("1012").coordinates()).isEqualTo(new Coordinates(52.3735, 4.8951));
	}

	@Test
	void aGeoNamesFullFileMergesTheStreetsOfEachDutchCode() {
		PostalCodeFile file = read("""
				NL\t1011 AB\tAmsterdam\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.3740\t4.9000\t6
				NL\t1011 AC\tAmsterdam\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.3760\t4.9020\t6

				NL\t1011AD\tAmsterdam-Centrum\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.3750\t4.9040\t
				NL\t3011\tRotterdam\tZuid-Holland\t11\tRotterdam\t0599\t\t\t51.9194\t4.4873\t6
				""", "NL");
		assertThat(file.lines()).isEqualTo(5);
		assertThat(file.rows()).extracting(row -> row.postalCode().code()).containsExactly("1011", "3011");
		PostalCodeRow amsterdam = byCode(file).get("1011");
		assertThat(amsterdam.place()).isEqualTo("Amsterdam");
		assertThat(amsterdam.coordinates().latitude()).isCloseTo(52.375, within(1e-9));
		assertThat(amsterdam.coordinates().longitude()).isCloseTo(4.902, within(1e-9));
	}

	@Test
	void csvFieldsMayBeQuotedAndInAnyOrderWithWindowsLineEndsAndAByteOrderMark() {
		PostalCodeFile file = read("\uFEFFlatitude,longitude,\"zipcode\",place,country_code\r\n"
				+ "51.0265,3.6688,9051,\"Sint-Denijs-Westrem, \"\"Afsnee\"\"\",BE\r\n", "BE");
		PostalCodeRow row = file.rows().get(0);
		assertThat(row.place()).isEqualTo("Sint-Denijs-Westrem, \"Afsnee\"");
		assertThat(row.postalCode()).isEqualTo(new PostalCode("BE", "9051"));
		assertThat(row.coordinates()).isEqualTo(new Coordinates(51.0265, 3.6688));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"too few columns|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05|postalCodes.error.columns|3",
			"latitude beyond the pole|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,91.2,3.7|postalCodes.error.latitude|3",
			"latitude not a number|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,NaN,3.7|postalCodes.error.latitude|3",
			"latitude with exponent|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,5e1,3.7|postalCodes.error.latitude|3",
			"longitude missing|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,|postalCodes.error.longitude|3",
			"longitude beyond the date line|BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,-180.5|postalCodes.error.longitude|3",
			"another country|NL,1012,Amsterdam,Noord-Holland,07,Amsterdam,0363,,,52.37,4.89|postalCodes.error.otherCountry|3",
			"empty code|BE,,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,3.7|postalCodes.error.code|3",
			"code with a script|BE,<script>,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,3.7|postalCodes.error.code|3",
			"unclosed quote|BE,9000,\"Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,3.7|postalCodes.error.quote|3" })
	void aBadLineRefusesTheWholeFileAndSaysWhichLine(String what, String badLine, String key, int line) {
		String file = CSV_HEADER + "\nBE,9030,Mariakerke,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.0748,3.6829\n" + badLine
				+ "\nBE,9040,Sint-Amandsberg,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.0595,3.7494\n";
		assertThatThrownBy(() -> read(file, "BE")).isInstanceOfSatisfying(RejectedFile.class, rejected -> {
			assertThat(rejected.messageKey()).isEqualTo(key);
			assertThat(rejected.arguments()[0]).isEqualTo(line);
		});
	}

	@Test
	void placeNamesMustBeTextOfAReasonableLength() {
		String line = "BE\t9000\t%s\tVlaanderen\tVLG\tOost-Vlaanderen\tVOV\tGent\t44\t51.05\t3.7167\t4";
		assertRejected(line.formatted("x".repeat(201)), "postalCodes.error.place", 1);
		assertRejected(line.formatted("Gent\u0000"), "postalCodes.error.place", 1);
		assertThat(read(line.formatted("x".repeat(200)), "BE").rows()).hasSize(1);
	}

	@Test
	void whatIsNeitherFormatOrNotUtf8OrEmptyIsRefused() {
		assertRejected("postcode;plaats\n9000;Gent\n", "postalCodes.error.format");
		assertRejected("country_code,zipcode,place,latitude\nBE,9000,Gent,51.05\n", "postalCodes.error.header");
		assertRejected("", "postalCodes.error.empty");
		assertRejected(CSV_HEADER + "\n\n", "postalCodes.error.empty");
		byte[] latin1 = (CSV_HEADER + "\nBE,4000,Liège,Wallonie,WAL,Liège,WLG,Liège,62,50.63,5.57\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> PostalCodeFile.read(new ByteArrayInputStream(latin1), "BE"))
			.isInstanceOfSatisfying(RejectedFile.class, rejected -> {
				assertThat(rejected.messageKey()).isEqualTo("postalCodes.error.encoding");
				assertThat(rejected.arguments()).containsExactly(2);
			});
	}

	@Test
	void aGeoNamesLineNeedsAllTwelveColumns() {
		assertRejected("BE\t9000\tGent\t51.05\t3.7167", "postalCodes.error.columns", 1);
	}

	private static void assertRejected(String file, String key, Object... arguments) {
		assertThatThrownBy(() -> read(file, "BE")).isInstanceOfSatisfying(RejectedFile.class, rejected -> {
			assertThat(rejected.messageKey()).isEqualTo(key);
			if (arguments.length > 0) {
				assertThat(rejected.arguments()[0]).isEqualTo(arguments[0]);
			}
		});
	}

	private static PostalCodeFile read(String text, String country) {
		return PostalCodeFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), country);
	}

	private static PostalCodeFile read(Path path, String country) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return PostalCodeFile.read(in, country);
		}
	}

	private static Map<String, PostalCodeRow> byCode(PostalCodeFile file) {
		return file.rows().stream().collect(Collectors.toMap(row -> row.postalCode().code(), Function.identity()));
	}
}
