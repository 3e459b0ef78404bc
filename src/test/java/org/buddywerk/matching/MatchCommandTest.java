package org.buddywerk.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code match --in … --out …}: exit 0 with the result file, or exit 2 with one line on standard error. */
class MatchCommandTest {

	static final String INSTANCE = """
			{"participants":[{"id":"anna","unmatchedPenalty":100},{"id":"bilal","unmatchedPenalty":100},
			                 {"id":"carla","unmatchedPenalty":5}],
			 "buddies":[{"id":"chris","capacity":1},{"id":"dina","capacity":1}],
			 "pairs":[{"participant":"anna","buddy":"chris","cost":1},{"participant":"anna","buddy":"dina","cost":5},
			          {"participant":"bilal","buddy":"chris","cost":2},{"participant":"carla","buddy":"dina","cost":9}]}
			""";

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aValidInstanceExitsZeroAndWritesTheOptimalAssignment() throws IOException {
		Path in = write("instance.json", INSTANCE);
		Path result = directory.resolve("result.json");

		assertThat(run("--in", in.toString(), "--out", result.toString())).isZero();
		assertThat(Files.readString(result)).isEqualTo("{\"objective\":12,\"pairs\":["
				+ "{\"participant\":\"anna\",\"buddy\":\"dina\",\"cost\":5},"
				+ "{\"participant\":\"bilal\",\"buddy\":\"chris\",\"cost\":2}],\"unmatched\":[\"carla\"]}");
		assertThat(out()).startsWith("objective 12: 2 pairs, 1 unmatched").contains(result.toString());
		assertThat(err()).isEmpty();
	}

	@Test
	void theArgumentsMayComeInEitherOrder() throws IOException {
		Path in = write("instance.json", INSTANCE);
		assertThat(run("--out", directory.resolve("r.json").toString(), "--in", in.toString())).isZero();
		assertThat(directory.resolve("r.json")).exists();
	}

	@Test
	void anInvalidInstanceExitsTwoWithOneLineSayingWhatIsWrong() throws IOException {
		Path in = write("bad.json", INSTANCE.replace("\"cost\":9", "\"cost\":-9"));
		Path result = directory.resolve("result.json");

		assertThat(run("--in", in.toString(), "--out", result.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("match: " + in + " is not a valid instance: The cost of the pair carla and dina is -9; "
				+ "it must be from 0 to 1000000000.\n");
		assertThat(result).doesNotExist();
		assertThat(out()).isEmpty();
	}

	@Test
	void unknownIdsDuplicatePairsFractionsAndBrokenJsonEachExitTwo() throws IOException {
		assertFails(INSTANCE.replace("\"buddy\":\"dina\",\"cost\":9", "\"buddy\":\"eve\",\"cost\":9"),
				"names an unknown buddy: eve.");
		assertFails(INSTANCE.replace("\"cost\":9", "\"cost\":9},{\"participant\":\"carla\",\"buddy\":\"dina\",\"cost\":3"),
				"The pair carla and dina appears more than once.");
		assertFails(INSTANCE.replace("\"cost\":9", "\"cost\":9.5"), "pairs[3].cost must be a whole number.");
		assertFails(INSTANCE.substring(0, 40), "The instance is not valid JSON");
	}

	@Test
	void aMissingFileOrArgumentExitsTwo() {
		Path missing = directory.resolve("nowhere.json");
		assertThat(run("--in", missing.toString(), "--out", directory.resolve("r.json").toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("match: no such file: " + missing + "\n");

		for (String[] args : new String[][] { {}, { "--in", "x.json" }, { "--in" }, { "--in", "x", "--out", "y", "--fast" },
				{ "--input", "x", "--out", "y" } }) {
			err.reset();
			assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
			assertThat(err()).startsWith("match: ").contains("usage: java -jar buddywerk.jar match --in").endsWith(")\n")
				.hasLineCount(1);
		}
	}

	@Test
	void onlyTheFirstArgumentMatchSelectsTheCommand() {
		assertThat(MatchCommand.isAskedFor(new String[] { "match", "--in", "a" })).isTrue();
		assertThat(MatchCommand.isAskedFor(new String[] {})).isFalse();
		assertThat(MatchCommand.isAskedFor(new String[] { "--server.port=0", "match" })).isFalse();
	}

	private void assertFails(String instance, String message) throws IOException {
		err.reset();
		Path in = write("bad.json", instance);
		assertThat(run("--in", in.toString(), "--out", directory.resolve("r.json").toString())).isEqualTo(2);
		assertThat(err()).contains(message).hasLineCount(1);
	}

	private int run(String... args) {
		return MatchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(directory.resolve(name), content);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
