package org.buddywerk.matching.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine runs from a test, a benchmark and the command line alike: no Spring and no database inside. */
class EngineIsPlainJavaTest {

	private static final Path ENGINE = Path.of("src/main/java/org/buddywerk/matching/engine");

	private static final Pattern FRAMEWORK = Pattern.compile("\\b(org\\.springframework|jakarta\\.persistence)\\.");

	@Test
	void noSourceFileOfTheEngineUsesSpringOrJpa() throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(ENGINE)) {
			sources = files.filter(file -> file.toString().endsWith(".java")).toList();
		}
		assertThat(sources).as("the engine's sources").hasSizeGreaterThan(5);
		for (Path source : sources) {
			assertThat(FRAMEWORK.matcher(Files.readString(source)).find()).as("%s uses Spring or JPA", source).isFalse();
		}
	}

	@Test
	void theCheckRecognisesAnImportOfSpringOrJpa() {
		assertThat(FRAMEWORK.matcher("import org.springframework.stereotype.Service;").find()).isTrue();
		assertThat(FRAMEWORK.matcher("import jakarta.persistence.Entity;").find()).isTrue();
		assertThat(FRAMEWORK.matcher("import java.util.List;").find()).isFalse();
	}

	@Test
	void everyMessageKeyTheEngineNamesIsInTheDutchBundle() throws IOException {
		String dutch = Files.readString(Path.of("src/main/resources/messages/engine.properties"));
		Pattern key = Pattern.compile("\"(engine\\.[A-Za-z.]+)\"");
		int named = 0;
		try (Stream<Path> files = Files.walk(ENGINE)) {
			for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
				var used = key.matcher(Files.readString(source));
				while (used.find()) {
					named++;
					assertThat(dutch).as("key %s named in %s", used.group(1), source).contains(used.group(1) + "=");
				}
			}
		}
		assertThat(named).isGreaterThan(10);
	}
}
