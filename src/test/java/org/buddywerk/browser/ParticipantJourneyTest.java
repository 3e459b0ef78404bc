package org.buddywerk.browser;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's journey in a real browser: a professional takes in a family whose language is Arabic, records
 * their consent and fills the restricted profile; the coordinator then finds the family on the waiting list
 * but never sees the restricted profile. axe-core checks the intake form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParticipantJourneyTest {

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
			driver.quit();
		}
	}

	@Test
	void aProfessionalTakesInAnArabicSpeakingFamilyAndTheCoordinatorSeesThemWaitingButNotTheirSecrets() {
		String name = "Rania " + UUID.randomUUID().toString().substring(0, 8);
		String secret = "Vertrouwelijk " + UUID.randomUUID();

		signIn("professional@demo.buddywerk.org");
		driver.get(url("/participants/new"));
		assertThat(driver.findElements(By.id("firstName"))).as("the intake form at %s:%n%s", driver.getCurrentUrl(),
				driver.findElement(By.tagName("body")).getText()).isNotEmpty();
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("intake form").isEmpty();
		driver.findElement(By.id("firstName")).sendKeys(name);
		driver.findElement(By.id("postalCode")).sendKeys("9000");
		new Select(driver.findElement(By.id("language-0"))).selectByValue("ar");
		new Select(driver.findElement(By.id("level-0"))).selectByValue("NATIVE");
		new Select(driver.findElement(By.id("member-kind-0"))).selectByValue("ADULT");
		driver.findElement(By.id("member-year-0")).sendKeys("1988");
		new Select(driver.findElement(By.id("member-kind-1"))).selectByValue("CHILD");
		driver.findElement(By.id("member-year-1")).sendKeys("2016");
		new Select(driver.findElement(By.id("priority-HOUSING"))).selectByValue("1");
		submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/participants/\\d+$"));
		String participant = driver.getCurrentUrl();

		new Select(driver.findElement(By.id("purpose"))).selectByValue("MATCHING");
		new Select(driver.findElement(By.id("language"))).selectByValue("ar");
		submit(driver.findElement(By.cssSelector("form[action$='/consents'] button[type=submit]")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(name);

		driver.get(participant + "/restricted");
		driver.findElement(By.id("vulnerabilities")).sendKeys(secret);
		submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
		driver.get(participant + "/restricted");
		assertThat(driver.findElement(By.id("vulnerabilities")).getAttribute("value")).isEqualTo(secret);

		signIn("coordinator@demo.buddywerk.org");
		driver.get(url("/participants/waiting"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(name);
		driver.get(participant);
		assertThat(driver.getPageSource()).contains(name).doesNotContain(secret);
		driver.get(participant + "/restricted");
		assertThat(driver.getCurrentUrl()).endsWith("/break-glass");
		assertThat(driver.getPageSource()).doesNotContain(secret);
	}

	private void signIn(String email) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("buddywerk-demo");
		submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
		waitUntil(d -> d.getCurrentUrl().contains("/home/"));
	}

	/** Clicks a submit button and waits until the page it was on is gone. */
	private static void submit(WebElement button) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
		waitUntil(ExpectedConditions.stalenessOf(button));
	}

	private static <T> void waitUntil(Function<? super WebDriver, T> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
