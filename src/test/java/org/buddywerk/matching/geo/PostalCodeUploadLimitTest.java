package org.buddywerk.matching.geo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: Tomcat enforces the multipart limit, so a file too large is answered there,
 * on the page, in the administrator's language; and the CSRF token in the form's address gets a normal upload
 * through as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostalCodeUploadLimitTest {

	private static final String BOUNDARY = "----buddywerk-upload-test";

	@LocalServerPort
	int port;

	@Autowired
	PostalCodeTable table;

	HttpClient client;

	String action;

	@BeforeEach
	void signInAndOpenTheImportForm() throws Exception {
		client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("email=admin%40demo.buddywerk.org&password=buddywerk-demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String page = client.send(HttpRequest.newBuilder(uri("/admin/postal-codes?country=BE")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher form = Pattern.compile("enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"").matcher(page);
		assertThat(form.find()).as("the upload form").isTrue();
		action = form.group(1).replace("&amp;", "&");
	}

	@Test
	void aFileOverTheLimitIsAnsweredOnThePageWith413() throws Exception {
		List<PostalCodeTable.Country> before = table.countries();
		long size = 64L * 1024 * 1024 + 1;
		HttpResponse<String> answer = send(new ZeroBytes(size), size);
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("Het bestand is groter dan 64 MB.", "Er is niets ingelezen")
			.doesNotContain("Exception", "Tomcat");
		assertThat(table.countries()).isEqualTo(before);
	}

	@Test
	void aFileWithinTheLimitIsReadAndABadLineNamed() throws Exception {
		List<PostalCodeTable.Country> before = table.countries();
		byte[] file = "BE\t9000\tGent\t51.05\t3.7167\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> answer = send(new ByteArrayInputStream(file), file.length);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Regel 1: 5 kolommen, verwacht 12.");
		assertThat(table.countries()).isEqualTo(before);
	}

	/** A multipart body with the confirmation and one file, streamed so that no test holds 64 MB in memory. */
	private HttpResponse<String> send(InputStream file, long fileSize) throws Exception {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"confirm\"\r\n\r\ntrue\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"BE_full.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		InputStream body = new SequenceInputStream(new ByteArrayInputStream(head),
				new SequenceInputStream(file, new ByteArrayInputStream(tail)));
		HttpRequest request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), head.length + fileSize + tail.length))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** As many zero bytes as asked for, made up while they are read. */
	private static final class ZeroBytes extends InputStream {

		private long left;

		ZeroBytes(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (left == 0) {
				return -1;
			}
			left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left == 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			left -= n;
			return n;
		}
	}
}
