package org.buddywerk.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator signs in, sees the start page, switches to Arabic; axe-core checks each page on the way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoordinatorJourneyTest {

	private static WebDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			// the choice of Arabic is remembered for the demo coordinator; other tests expect Dutch
			driver.get(driver.getCurrentUrl().replaceAll("\\?.*$", "") + "?lang=nl");
			driver.quit();
		}
	}

	/** Signing in hashes a password on purpose slowly: wait for the page instead of racing it. */
	private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(condition::apply);
	}

	@Test
	void aCoordinatorSignsInSeesTheStartPageAndSwitchesToArabic() {
		driver.get("http://localhost:" + port + "/");
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("login page").isEmpty();

		driver.findElement(By.id("email")).sendKeys("coordinator@demo.buddywerk.org");
		driver.findElement(By.id("password")).sendKeys("buddywerk-demo");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		waitUntil(d -> d.getCurrentUrl().endsWith("/home/coordinator"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Coördinatie");
		assertThat(driver.findElement(By.tagName("table")).getText()).contains("Woonbuddy's", "Schoolbuddy's");
		assertThat(driver.getPageSource()).contains("demodatabank");
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("start page").isEmpty();

		driver.findElement(By.cssSelector("a.dropdown-toggle")).click();
		driver.findElement(By.cssSelector("#languages a[lang=ar]")).click();
		waitUntil(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));

		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo("Coördinatie").isNotBlank();
		assertThat(driver.findElements(By.cssSelector("link[href*='bootstrap.rtl.min.css']"))).hasSize(1);
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("start page in Arabic").isEmpty();
	}
}
