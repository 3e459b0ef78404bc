package org.buddywerk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

	@Test
	void onPostgresqlProductionModeStartsWithoutDemoDataAndWithSecureCookies() throws Exception {
		String url = System.getenv("BUDDYWERK_TEST_DB_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs BUDDYWERK_TEST_DB_URL on PostgreSQL");
		try (ConfigurableApplicationContext context = SpringApplication.run(BuddywerkApplication.class,
				"--buddywerk.mode=production", "--spring.datasource.url=" + url, "--server.port=0")) {
			for (String demo : DEMO_DATA) {
				assertThat(context.getBeanNamesForType(Class.forName(demo))).isEmpty();
			}
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> login = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).doesNotContain("buddywerk-demo");
			assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
				.allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
			HttpResponse<String> apiDocs = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(apiDocs.statusCode()).isEqualTo(302);
		}
	}
}
