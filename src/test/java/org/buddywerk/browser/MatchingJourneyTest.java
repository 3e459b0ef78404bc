package org.buddywerk.browser;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.buddywerk.platform.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's journey in a real browser, on the demo data: the coordinator runs batch matching, publishes the
 * demo buddy's pair with Oksana and plans the introduction; the buddy says yes on their own page, the
 * professional records Oksana's yes; the trajectory then appears for both. axe-core checks the review page
 * and the buddy's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingJourneyTest {

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
	void theCoordinatorMatchesTheDemoProgrammeAndBuddyAndProfessionalBothSayYes() {
		signIn("coordinator@demo.buddywerk.org");
		driver.get(url("/matching?lang=nl"));
		if (!driver.getCurrentUrl().contains("/matching/programmes/")) {
			click(driver.findElement(By.linkText("Woonbuddy's")));
		}
		submit(driver.findElement(By.cssSelector("main form[action$='/runs'] button[type=submit]")));
		waitUntil(d -> d.getPageSource().contains("id=\"publish\""));
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("review page").isEmpty();

		WebElement row = driver.findElements(By.cssSelector("main table tbody tr")).stream()
			.filter(r -> r.getText().contains("Oksana") && r.getText().contains("Demo buddy"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the run pairs Oksana with the demo buddy:\n"
					+ driver.findElement(By.tagName("main")).getText()));
		assertThat(row.getText()).contains("Oekraïens");
		// publish this pair only; the run may propose more when other tests left participants in the programme
		WebElement chosen = row.findElement(By.cssSelector("input[name=pair]"));
		for (WebElement box : driver.findElements(By.cssSelector("input[name=pair]"))) {
			((JavascriptExecutor) driver).executeScript("arguments[0].checked = arguments[1]", box, box.equals(chosen));
		}
		submit(driver.findElement(By.cssSelector("main button[form=publish]")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 voorstel(len) gepubliceerd");

		click(driver.findElement(By.linkText("Oksana")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/matching/proposals/\\d+$"));
		String proposal = driver.getCurrentUrl();
		ZonedDateTime start = ZonedDateTime.now(Today.ZONE).minusMinutes(5);
		setValue(driver.findElement(By.id("date")), start.format(DateTimeFormatter.ISO_LOCAL_DATE));
		setValue(driver.findElement(By.id("time")), start.format(DateTimeFormatter.ofPattern("HH:mm")));
		driver.findElement(By.id("place")).sendKeys("Buurthuis De Centrale");
		click(driver.findElement(By.id("professionalAttends")));
		submit(driver.findElement(By.cssSelector("main form[action$='/introduction'] button[type=submit]")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Buurthuis De Centrale");

		signIn("buddy@demo.buddywerk.org");
		driver.get(url("/me/matches?lang=nl"));
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("the buddy's matches").isEmpty();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Oksana", "Buurthuis De Centrale");
		click(driver.findElement(By.cssSelector("main input[name=answer][value=YES]")));
		submit(driver.findElement(By.cssSelector("main form[action*='/answer'] button[type=submit]")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("We wachten nog op de andere kant");

		signIn("professional@demo.buddywerk.org");
		driver.get(proposal + "?lang=nl");
		click(driver.findElement(By.cssSelector("main input[name=answer][value=YES]")));
		submit(driver.findElement(By.cssSelector("main form[action$='/answer'] button[type=submit]")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("het traject is gestart");
		driver.get(url("/trajectories"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Oksana", "Demo buddy");
		click(driver.findElement(By.linkText("Oksana")));
		// the professional now sees how to reach the buddy
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Demo buddy", "Telefoon");

		signIn("buddy@demo.buddywerk.org");
		driver.get(url("/trajectories?lang=nl"));
		click(driver.findElement(By.linkText("Oksana")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Oksana", "De driehoek");
	}

	private void signIn(String email) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("buddywerk-demo");
		submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
		waitUntil(d -> d.getCurrentUrl().contains("/home/"));
	}

	private static void setValue(WebElement input, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/**
	 * Clicks a submit button and waits until the page it was on is gone. Chromium sometimes answers a question
	 * about a node of the page just left with an inspector error instead of "stale": that is gone too.
	 */
	private static void submit(WebElement button) {
		click(button);
		waitUntil(d -> {
			try {
				return ExpectedConditions.stalenessOf(button).apply(d);
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	private static <T> void waitUntil(Function<? super WebDriver, T> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
