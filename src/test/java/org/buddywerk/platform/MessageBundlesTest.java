package org.buddywerk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in every language: a key missing from one bundle, or used but never written, fails. */
class MessageBundlesTest {

	private static final List<String> LANGUAGES = List.of("fr", "en", "uk", "ar");

	private static final Path RESOURCES = Path.of("src/main/resources");

	static List<String> basenames() throws IOException {
		Properties application = load(RESOURCES.resolve("application.properties"));
		return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
	}

	@ParameterizedTest
	@MethodSource("basenames")
	void everyLanguageHasExactlyTheKeysOfTheDutchDefault(String basename) throws IOException {
		Set<String> dutch = keys(RESOURCES.resolve(basename + ".properties"));
		assertThat(dutch).isNotEmpty();
		for (String language : LANGUAGES) {
			Path bundle = RESOURCES.resolve(basename + "_" + language + ".properties");
			assertThat(bundle).as("bundle %s", bundle).exists();
			assertThat(keys(bundle)).as("keys of %s", bundle).containsExactlyInAnyOrderElementsOf(dutch);
		}
	}

	@ParameterizedTest
	@MethodSource("basenames")
	void noTranslationIsLeftEmpty(String basename) throws IOException {
		for (String language : LANGUAGES) {
			Properties bundle = load(RESOURCES.resolve(basename + "_" + language + ".properties"));
			assertThat(bundle.stringPropertyNames()).allSatisfy(
					key -> assertThat(bundle.getProperty(key)).as("%s in %s_%s", key, basename, language).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = allKeys();
		Pattern messageExpression = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher used = messageExpression.matcher(Files.readString(template));
				while (used.find()) {
					assertThat(known).as("key %s used in %s", used.group(1), template).contains(used.group(1));
				}
			}
		}
	}

	@Test
	void everyMessageKeyTheCodeNamesExists() throws IOException {
		Set<String> known = allKeys();
		Pattern key = Pattern.compile("\"((?:password|account|organisation|network|programme|form|login|home|error)\\.[A-Za-z.]+)\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher used = key.matcher(Files.readString(source));
				while (used.find()) {
					assertThat(known).as("key %s named in %s", used.group(1), source).contains(used.group(1));
				}
			}
		}
	}

	@Test
	void everyRoleDomainAndKindHasAName() throws IOException {
		Set<String> known = allKeys();
		for (Role role : Role.values()) {
			assertThat(known).contains("role." + role.name(), "home." + role.slug() + ".title",
					"home." + role.slug() + ".intro");
		}
		Arrays.stream(LifeDomain.values()).forEach(d -> assertThat(known).contains("lifeDomain." + d.name()));
		Arrays.stream(OrganisationKind.values()).forEach(k -> assertThat(known).contains("organisationKind." + k.name()));
		Arrays.stream(Gender.values()).forEach(g -> assertThat(known).contains("gender." + g.name()));
		Arrays.stream(Interest.values()).forEach(i -> assertThat(known).contains("interest." + i.name()));
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : basenames()) {
			keys.addAll(keys(RESOURCES.resolve(basename + ".properties")));
		}
		return keys;
	}

	private static Set<String> keys(Path bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
