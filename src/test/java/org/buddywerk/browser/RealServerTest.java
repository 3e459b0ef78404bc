package org.buddywerk.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a real server shows: the cookies as the browser receives them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerTest {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=admin%40demo.buddywerk.org&password=buddywerk-demo&_csrf="
					+ java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
			.satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
