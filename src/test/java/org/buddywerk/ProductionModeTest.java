package org.buddywerk;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.OrganisationView;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Production mode: never on the embedded database, never with demo data, cookies only over HTTPS. */
class ProductionModeTest {

	private static final String[] DEMO_DATA = { "org.buddywerk.organisations.DemoOrganisations",
			"org.buddywerk.people.DemoAccounts" };

	@Test
	void productionModeRefusesToStartOnTheEmbeddedH2Database() {
		assertThatThrownBy(() -> SpringApplication.run(BuddywerkApplication.class, "--buddywerk.mode=production",
				"--spring.datasource.url=jdbc:h2:mem:production-guard", "--server.port=0"))
			.hasMessageContaining("refuses to start in production mode on the embedded H2 database")
			.hasMessageContaining("BUDDYWERK_DB_URL");
	}

	@Test
	void theDemoDataIsOnlyMadeInDemoMode() throws Exception {
		for (String demo : DEMO_DATA) {
			new ApplicationContextRunner().withPropertyValues("buddywerk.mode=production")
				.withUserConfiguration(Class.forName(demo))
				.run(context -> assertThat(context).doesNotHaveBean(Class.forName(demo)));
		}
	}

	/**
	 * On an empty PostgreSQL database of its own: the schema is made, no demo data appears, the first
	 * administrator comes from the settings and can sign in, cookies are Secure, the API docs are not public.
	 */
	@Test
	void onAnEmptyPostgresqlDatabaseProductionModeStartsWithOnlyTheFirstAdministrator() throws Exception {
		String url = System.getenv("BUDDYWERK_TEST_DB_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs BUDDYWERK_TEST_DB_URL on PostgreSQL");
		String user = System.getenv().getOrDefault("BUDDYWERK_TEST_DB_USER", "postgres");
		String database = "buddywerk_production_" + System.nanoTime();
		String productionUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		try (Connection admin = DriverManager.getConnection(url, user, System.getenv("BUDDYWERK_TEST_DB_PASSWORD"))) {
			admin.createStatement().execute("CREATE DATABASE " + database);
		}
		try (ConfigurableApplicationContext context = SpringApplication.run(BuddywerkApplication.class,
				"--buddywerk.mode=production", "--spring.datasource.url=" + productionUrl, "--server.port=0",
				"--buddywerk.admin.email=First@Example.org", "--buddywerk.admin.password=the very first password")) {
			for (String demo : DEMO_DATA) {
				assertThat(context.getBeanNamesForType(Class.forName(demo))).isEmpty();
			}
			OrganisationDirectory organisations = context.getBean(OrganisationDirectory.class);
			assertThat(organisations.allOrganisations()).extracting(OrganisationView::name).containsExactly("Beheer");
			assertThat(organisations.allNetworks()).isEmpty();

			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			// the Secure cookie is not sent back over plain HTTP, so the test carries it as a browser behind TLS would
			HttpClient browser = HttpClient.newHttpClient();
			HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.body()).doesNotContain("buddywerk-demo");
			assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
				.isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));

			String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
			Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
			assertThat(token.find()).isTrue();
			HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", session)
				.POST(HttpRequest.BodyPublishers.ofString("email=first%40example.org&password=the+very+first+password&_csrf="
						+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

			HttpResponse<String> apiDocs = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(apiDocs.statusCode()).isEqualTo(302);
		}
		finally {
			try (Connection admin = DriverManager.getConnection(url, user, System.getenv("BUDDYWERK_TEST_DB_PASSWORD"))) {
				admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}
}
