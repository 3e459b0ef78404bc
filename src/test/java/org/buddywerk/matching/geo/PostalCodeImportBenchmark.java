package org.buddywerk.matching.geo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * How long the import of a whole GeoNames "full" file takes. GeoNames' NL_full has about 460,000 lines, one per
 * street-level code ("1011 AB"); this makes one of that size from the shared Dutch file (each four-digit code
 * with 113 street codes around it) and imports it: reading alone, writing alone, and the whole upload through
 * the page, median of {@value #RUNS} runs after one to warm up. It also writes 460,000 distinct codes, the
 * worst case for the database. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -o test -Dtest=PostalCodeImportBenchmark -DexcludedGroups=none} (add BUDDYWERK_TEST_DB_URL for
 * PostgreSQL). It puts the table back as it found it.
 */
@Tag("benchmark")
@BuddywerkTest
class PostalCodeImportBenchmark {

	static final int STREETS_PER_CODE = 113;

	static final int RUNS = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PostalCodeTable table;

	@Autowired
	JdbcTemplate jdbc;

	SavedTable before;

	@BeforeEach
	void remember() {
		before = SavedTable.of(jdbc);
	}

	@AfterEach
	void restore() {
		before.restore(jdbc, table);
	}

	@Test
	void aDutchFullFileOf460000Lines(@TempDir Path folder) throws Exception {
		Path full = dutchFullFile(folder.resolve("NL_full.txt"));
		byte[] bytes = Files.readAllBytes(full);
		long[] read = new long[RUNS];
		long[] write = new long[RUNS];
		long[] upload = new long[RUNS];
		PostalCodeFile file = null;
		for (int run = -1; run < RUNS; run++) {
			long started = System.nanoTime();
			try (InputStream in = Files.newInputStream(full)) {
				file = PostalCodeFile.read(in, "NL");
			}
			long parsed = System.nanoTime();
			table.replace("NL", file.rows());
			long written = System.nanoTime();
			int status = mvc.perform(multipart("/admin/postal-codes").file(new MockMultipartFile("file", "NL_full.txt", "text/plain", bytes))
				.queryParam("country", "NL").param("confirm", "true").with(csrf()).with(SignedIn.as(accounts, Role.ADMIN)))
				.andReturn().getResponse().getStatus();
			long uploaded = System.nanoTime();
			assertThat(status).isEqualTo(302);
			if (run >= 0) {
				read[run] = parsed - started;
				write[run] = written - parsed;
				upload[run] = uploaded - written;
			}
		}
		assertThat(file.lines()).isEqualTo(4_069 * STREETS_PER_CODE);
		assertThat(file.rows()).hasSize(4_069);
		assertThat(table.count("NL")).isEqualTo(4_069);

		List<PostalCodeRow> distinct = new ArrayList<>();
		for (int i = 0; i < file.lines(); i++) {
			distinct.add(new PostalCodeRow(new PostalCode("ZZ", String.format(Locale.ROOT, "%07d", i)), "Plaats " + i,
					new Coordinates(50 + i % 1000 / 1000.0, 4 + i % 997 / 1000.0)));
		}
		long started = System.nanoTime();
		table.replace("ZZ", distinct);
		long distinctWrite = System.nanoTime() - started;

		System.out.printf("%nPostal-code import on %s, %,d lines, %,d bytes (median of %d runs)%n",
				jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName(), file.lines(), bytes.length, RUNS);
		System.out.printf("  read and merge into %,d codes     %6d ms%n", file.rows().size(), median(read));
		System.out.printf("  replace NL in the table            %6d ms%n", median(write));
		System.out.printf("  whole upload through the page      %6d ms%n", median(upload));
		System.out.printf("  write %,d distinct codes       %6d ms (once)%n", distinct.size(), distinctWrite / 1_000_000);
	}

	/** Street codes AA, AB, … around each four-digit code of the shared Dutch file, a few hundred metres apart. */
	private static Path dutchFullFile(Path target) throws IOException {
		Random random = new Random(42);
		List<PostalCodeRow> codes;
		try (InputStream in = Files.newInputStream(PostalCodeFileTest.SHARED.resolve("postal-codes-nl.csv"))) {
			codes = PostalCodeFile.read(in, "NL").rows();
		}
		try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			for (PostalCodeRow code : codes) {
				for (int street = 0; street < STREETS_PER_CODE; street++) {
					String letters = "" + (char) ('A' + street / 26) + (char) ('A' + street % 26);
					out.write(String.join("\t", "NL", code.postalCode().code() + " " + letters, code.place(), "Provincie", "01",
							"Gemeente", "0001", "", "",
							String.format(Locale.ROOT, "%.4f", code.coordinates().latitude() + (random.nextDouble() - 0.5) / 100),
							String.format(Locale.ROOT, "%.4f", code.coordinates().longitude() + (random.nextDouble() - 0.5) / 100), "6"));
					out.write('\n');
				}
			}
		}
		return target;
	}

	private static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000_000;
	}
}
