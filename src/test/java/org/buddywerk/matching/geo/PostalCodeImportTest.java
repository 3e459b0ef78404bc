package org.buddywerk.matching.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's import: both shared files and a GeoNames file, each replacing one country; every bad file
 * refused whole with its line; the search. The table is put back after each test, so that the rest of the suite
 * sees the default rows.
 */
@BuddywerkTest
class PostalCodeImportTest {

	static final String CSV_HEADER = PostalCodeFileTest.CSV_HEADER;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PostalCodeTable table;

	@Autowired
	PostalCodes postalCodes;

	@Autowired
	JdbcTemplate jdbc;

	SavedTable before;

	@BeforeEach
	void remember() {
		before = SavedTable.of(jdbc);
		assertThat(table.count("BE")).as("the default Belgian rows").isEqualTo(54);
	}

	@AfterEach
	void restore() {
		before.restore(jdbc, table);
	}

	@Test
	void theSharedFilesEachReplaceTheirOwnCountry() throws Exception {
		MvcResult belgium = upload("BE", shared("postal-codes-be.csv"), true);
		assertThat(belgium.getResponse().getStatus()).isEqualTo(302);
		assertThat(belgium.getResponse().getRedirectedUrl()).isEqualTo("/admin/postal-codes?country=BE");
		PostalCodePage.Imported imported = (PostalCodePage.Imported) belgium.getFlashMap().get("imported");
		assertThat(imported).extracting("country", "postalCodes", "lines", "replaced").containsExactly("BE", 1_146, 2_782, 54);
		assertThat(table.count("BE")).isEqualTo(1_146);
		assertThat(table.count("NL")).isEqualTo(16);
		// the page after the redirect, with the flash attribute as the session would bring it
		String page = page(get("/admin/postal-codes").param("country", "BE")
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, belgium.getFlashMap()));
		assertThat(page).contains("1.146 postcodes van BE ingelezen uit 2.782 regels; 54 oude vervangen",
				"Ja, vervang de 1.146 postcodes van BE.");

		MvcResult netherlands = upload("NL", shared("postal-codes-nl.csv"), true);
		assertThat(netherlands.getResponse().getStatus()).isEqualTo(302);
		assertThat(table.count("NL")).isEqualTo(4_069);
		assertThat(table.count("BE")).isEqualTo(1_146);
		System.out.printf("import of the shared files through the page: BE %d ms, NL %d ms%n", imported.milliseconds(),
				((PostalCodePage.Imported) netherlands.getFlashMap().get("imported")).milliseconds());

		Map<String, Coordinates> located = postalCodes.locate(List.of("9000", "2000", "9200", "1012 AB", "NL-3011", "9999"));
		assertThat(located).containsOnlyKeys("9000", "2000", "9200", "1012 AB", "NL-3011");
		assertThat(located.get("9000").kilometresTo(located.get("2000"))).isCloseTo(51, within(3.0));
		assertThat(located.get("1012 AB").kilometresTo(located.get("NL-3011"))).isCloseTo(57, within(3.0));
		assertThat(search("9200", "0")).contains("Schoonaarde").doesNotContain("Dendermonde");
	}

	@Test
	void aGeoNamesFileMergesDutchStreetsAndANewCountryNeedsNoConfirmation(@TempDir Path folder) throws Exception {
		Path geonames = Files.writeString(folder.resolve("NL_full.txt"), String.join("\n",
				"NL\t1011 AB\tAmsterdam\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.3740\t4.9000\t6",
				"NL\t1011 AC\tAmsterdam\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.3760\t4.9020\t6",
				"NL\t3011 AA\tRotterdam\tZuid-Holland\t11\tRotterdam\t0599\t\t\t51.9194\t4.4873\t6", ""));
		assertThat(upload("NL", Files.readAllBytes(geonames), true).getResponse().getStatus()).isEqualTo(302);
		assertThat(table.count("NL")).isEqualTo(2);
		assertThat(postalCodes.locate("1011 XY")).hasValueSatisfying(c -> {
			assertThat(c.latitude()).isCloseTo(52.375, within(1e-9));
			assertThat(c.longitude()).isCloseTo(4.901, within(1e-9));
		});
		assertThat(postalCodes.locate("1012")).as("no longer in NL").isEmpty();

		byte[] luxembourg = "LU\t1009\tLuxembourg\tLuxembourg\tLU\tLuxembourg\t\t\t\t49.6117\t6.13\t4\n".getBytes(StandardCharsets.UTF_8);
		assertThat(page(get("/admin/postal-codes").param("country", "lu"))).contains("Er zijn nog geen postcodes voor LU.")
			.doesNotContain("name=\"confirm\"");
		assertThat(upload("LU", luxembourg, false).getResponse().getStatus()).isEqualTo(302);
		assertThat(table.count("LU")).isEqualTo(1);
		MvcResult again = upload("LU", luxembourg, false);
		assertThat(again.getResponse().getStatus()).isEqualTo(400);
		assertThat(again.getResponse().getContentAsString()).contains("Bevestig dat de 1 postcodes van LU vervangen worden.");
	}

	@Test
	void aBadFileIsRefusedWholeWithItsLineAndNothingChanges() throws Exception {
		String mariakerke = "BE,9030,Mariakerke,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.0748,3.6829\n";
		String geonamesGent = "BE\t9000\tGent\tVlaanderen\tVLG\tOost-Vlaanderen\tVOV\tGent\t44\t51.05\t3.7167\t4\n";
		Map<String, String> files = Map.of(
				CSV_HEADER + "\n" + mariakerke + "BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,95.1,3.7\n",
				"Regel 3: de breedtegraad is geen getal tussen -90 en 90.",
				CSV_HEADER + "\n" + mariakerke + "BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,abc\n",
				"Regel 3: de lengtegraad is geen getal tussen -180 en 180.",
				geonamesGent + "BE\t9030\tMariakerke\t51.07\t3.68\n",
				"Regel 2: 5 kolommen, verwacht 12.",
				geonamesGent + geonamesGent + "\n" + "NL\t1012\tAmsterdam\tNoord-Holland\t07\tAmsterdam\t0363\t\t\t52.37\t4.89\t6\n",
				"Regel 4: deze postcode is niet van BE. Een bestand bevat één land.",
				geonamesGent + "BE\t \tGent\tVlaanderen\tVLG\tOost-Vlaanderen\tVOV\tGent\t44\t51.05\t3.7167\t4\n",
				"Regel 2: de postcode is leeg of ongeldig.",
				"postcode;plaats\n9000;Gent\n",
				"Regel 1: dit is geen GeoNames-bestand (met tabs) en geen CSV met de kopregel");
		for (Map.Entry<String, String> file : files.entrySet()) {
			MvcResult refused = upload("BE", file.getKey().getBytes(StandardCharsets.UTF_8), true);
			assertThat(refused.getResponse().getStatus()).as(file.getValue()).isEqualTo(400);
			assertThat(refused.getResponse().getContentAsString()).as(file.getValue())
				.contains("Er is niets ingelezen; de postcodes zijn niet veranderd.", file.getValue());
			assertThat(SavedTable.of(jdbc)).as(file.getValue()).isEqualTo(before);
		}

		byte[] wholeFileOneBadLineAtTheEnd = (Files.readString(PostalCodeFileTest.SHARED.resolve("postal-codes-be.csv"))
				+ "BE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,3.7,extra\n").getBytes(StandardCharsets.UTF_8);
		assertThat(upload("BE", wholeFileOneBadLineAtTheEnd, true).getResponse().getContentAsString())
			.contains("Regel 2.783: 12 kolommen, verwacht 11.");
		byte[] latin1 = (CSV_HEADER + "\n" + mariakerke + "BE,4000,Liège,Wallonie,WAL,Liège,WLG,Liège,62,50.63,5.57\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload("BE", latin1, true).getResponse().getContentAsString()).contains("Regel 3: de tekst is geen UTF-8.");
		assertThat(SavedTable.of(jdbc)).isEqualTo(before);
	}

	@Test
	void theFormAsksForAConfirmationAFileAndACountry() throws Exception {
		byte[] gent = (CSV_HEADER + "\nBE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05,3.7167\n")
			.getBytes(StandardCharsets.UTF_8);
		MvcResult unconfirmed = upload("BE", gent, false);
		assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(400);
		assertThat(unconfirmed.getResponse().getContentAsString())
			.contains("Bevestig dat de 54 postcodes van BE vervangen worden.", "aria-describedby=\"confirm-errors\"");

		MvcResult empty = upload("BE", new byte[0], true);
		assertThat(empty.getResponse().getStatus()).isEqualTo(400);
		assertThat(empty.getResponse().getContentAsString()).contains("Kies een bestand.");
		MvcResult noFile = mvc.perform(post("/admin/postal-codes").queryParam("country", "BE").param("confirm", "true")
			.with(csrf()).with(SignedIn.as(accounts, Role.ADMIN))).andReturn();
		assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
		assertThat(noFile.getResponse().getContentAsString()).contains("Kies een bestand.");

		MvcResult noCountry = upload("BEL", gent, true);
		assertThat(noCountry.getResponse().getStatus()).isEqualTo(400);
		assertThat(noCountry.getResponse().getContentAsString()).contains("Geef een land met twee letters, zoals BE of NL.");
		assertThat(upload("NL", gent, true).getResponse().getContentAsString())
			.contains("Regel 2: deze postcode is niet van NL.");
		assertThat(SavedTable.of(jdbc)).isEqualTo(before);
	}

	@Test
	void theErrorIsInTheAdministratorsLanguage() throws Exception {
		byte[] bad = (CSV_HEADER + "\nBE,9000,Gent,Vlaanderen,VLG,Oost-Vlaanderen,VOV,Gent,44,51.05\n").getBytes(StandardCharsets.UTF_8);
		MockMultipartHttpServletRequestBuilder french = multipart("/admin/postal-codes")
			.file(new MockMultipartFile("file", "be.csv", "text/csv", bad));
		french.queryParam("country", "BE").queryParam("lang", "fr").param("confirm", "true");
		String page = mvc.perform(french.with(csrf()).with(SignedIn.as(accounts, Role.ADMIN))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("a été importé", "Ligne 2 : 10 colonnes, 11 attendues.");
		// ?lang= is remembered for the account: give the demo administrator their Dutch back
		assertThat(page(get("/admin/postal-codes").param("lang", "nl"))).contains("Postcodes");
	}

	@Test
	void theSearchFindsCodesAndPlacesPageByPage() throws Exception {
		upload("BE", shared("postal-codes-be.csv"), true);
		assertThat(search("9000", null)).contains("1 gevonden", "Gent");
		assertThat(search("gent", null)).contains("3 gevonden", "Gent", "Argenteau", "Hermalle-Sous-Argenteau");
		assertThat(search("1012 AB", null)).contains("Amsterdam");
		assertThat(search("zzzz", null)).contains("Niets gevonden.");
		String second = search("9", "1");
		assertThat(second).contains("Pagina 2 van", "q=9&amp;page=0", "q=9&amp;page=2");
		assertThat(page(get("/admin/postal-codes"))).doesNotContain("gevonden");
	}

	@Test
	void hostileInputInTheSearchTheCountryAndTheFileBreaksNothing() throws Exception {
		for (String value : HostileInput.VALUES) {
			for (String parameter : List.of("q", "page", "country")) {
				MvcResult result = mvc.perform(get("/admin/postal-codes").param(parameter, value)
					.with(SignedIn.as(accounts, Role.ADMIN))).andReturn();
				assertThat(result.getResponse().getStatus()).as("%s=%s", parameter, value).isIn(200, 400);
				assertThat(result.getResponse().getContentAsString()).doesNotContain(HostileInput.SCRIPT);
			}
			assertThat(upload(value, "x".getBytes(StandardCharsets.UTF_8), true).getResponse().getStatus()).isEqualTo(400);
			String line = "ZZ\t%s\t%s\tA\tB\tC\tD\tE\tF\t%s\t4.5\t1\n";
			for (String file : List.of(line.formatted("1000", value, "50.5"), line.formatted(value, "Plaats", "50.5"),
					line.formatted("1000", "Plaats", value))) {
				MvcResult result = upload("ZZ", file.getBytes(StandardCharsets.UTF_8), true);
				assertThat(result.getResponse().getStatus()).as(file).isIn(302, 400);
				if (result.getResponse().getStatus() == 400) {
					assertThat(result.getResponse().getContentAsString()).as(file).contains("Regel 1:");
				}
			}
		}
		assertThat(upload("ZZ", ("ZZ\t1000\t" + HostileInput.SCRIPT + "\tA\tB\tC\tD\tE\tF\t50.5\t4.5\t1\n")
			.getBytes(StandardCharsets.UTF_8), true).getResponse().getStatus()).isEqualTo(302);
		assertThat(search("1000", null)).contains("&lt;script&gt;").doesNotContain(HostileInput.SCRIPT);
	}

	private MvcResult upload(String country, byte[] content, boolean confirm) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/postal-codes")
			.file(new MockMultipartFile("file", "postal-codes.txt", "text/plain", content));
		// the form puts the country in its address, so that it is there even when the file is too large
		request.queryParam("country", country);
		if (confirm) {
			request.param("confirm", "true");
		}
		return mvc.perform(request.with(csrf()).with(SignedIn.as(accounts, Role.ADMIN))).andReturn();
	}

	private String search(String q, String page) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/postal-codes").param("q", q);
		if (page != null) {
			request.param("page", page);
		}
		return page(request);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(SignedIn.as(accounts, Role.ADMIN))).andReturn().getResponse().getContentAsString();
	}

	private static byte[] shared(String name) throws IOException {
		return Files.readAllBytes(PostalCodeFileTest.SHARED.resolve(name));
	}
}
