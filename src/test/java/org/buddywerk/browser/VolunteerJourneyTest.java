package org.buddywerk.browser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.buddywerk.platform.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's journey in a real browser: a newcomer signs up in Ukrainian, the coordinator records intake,
 * screening, trainings and coach, and the volunteer then sees on their own page that they are available.
 * axe-core checks the sign-up page and the board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerJourneyTest {

	private static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

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
	void aVolunteerSignsUpInUkrainianAndBecomesAvailableThroughEveryStep() {
		String email = "olena-" + UUID.randomUUID() + "@example.org";
		String password = "мій довгий та секретний пароль";

		driver.get(url("/join?lang=uk"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("sign-up page").isEmpty();
		driver.findElement(By.id("name")).sendKeys("Олена Коваленко");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("phone")).sendKeys("+32 470 12 34 56");
		// a postal code no other test uses: the board shows the oldest 25 applicants, and the suite adds many
		driver.findElement(By.id("postalCode")).sendKeys("8370");
		new Select(driver.findElement(By.id("language-0"))).selectByValue("uk");
		new Select(driver.findElement(By.id("level-0"))).selectByValue("NATIVE");
		new Select(driver.findElement(By.id("language-1"))).selectByValue("en");
		new Select(driver.findElement(By.id("level-1"))).selectByValue("GOOD");
		click(driver.findElement(By.xpath("//label[starts-with(@for, 'programme-')][contains(., \"Woonbuddy\")]")));
		assertThat(driver.findElements(By.cssSelector("input[name=programmes]:checked"))).hasSize(1);
		check("slot-WEDNESDAY_EVENING");
		check("slot-SATURDAY_MORNING");
		driver.findElement(By.id("travelKm")).clear();
		driver.findElement(By.id("travelKm")).sendKeys("8");
		check("capacity-1");
		driver.findElement(By.id("password")).sendKeys(password);
		check("consent");
		click(driver.findElement(By.cssSelector("main form button[type=submit]")));
		waitUntil(d -> d.getCurrentUrl().contains("/join/thanks"));

		signIn("coordinator@demo.buddywerk.org", "buddywerk-demo");
		driver.get(url("/volunteers"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vrijwilligers");
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("board").isEmpty();
		driver.get(url("/volunteers?postalArea=8370"));
		driver.findElement(By.linkText("Олена Коваленко")).click();

		LocalDate today = Today.on(java.time.Clock.systemUTC());
		submit("intake");
		setDate("screening", "issuedOn", today.minusDays(10));
		submit("screening");
		int trainings = new Select(driver.findElement(By.cssSelector("form[action$='/training'] select"))).getOptions().size();
		for (int i = 0; i < trainings; i++) {
			new Select(driver.findElement(By.cssSelector("form[action$='/training'] select"))).selectByIndex(i);
			driver.findElement(By.cssSelector("form[action$='/training'] input[name=hours]")).sendKeys("3");
			submit("training");
		}
		submit("coach");
		submit("advance");
		assertThat(driver.findElement(By.cssSelector("h1 + .badge")).getText()).isEqualTo("Beschikbaar");

		signIn(email, password);
		driver.get(url("/me/volunteer"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
		assertThat(driver.findElement(By.cssSelector("main .card strong")).getText())
			.isEqualTo(messages.getMessage("status.AVAILABLE", null, Locale.forLanguageTag("uk")));
		assertThat(Browser.seriousAccessibilityViolations(driver)).as("own page").isEmpty();
	}

	private void signIn(String email, String password) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		click(driver.findElement(By.cssSelector("main form button[type=submit]")));
		waitUntil(d -> d.getCurrentUrl().contains("/home/"));
	}

	/** Submits one of the enrolment page's step forms. */
	private void submit(String step) {
		WebElement button = driver.findElement(By.cssSelector("form[action$='/" + step + "'] button[type=submit]"));
		click(button);
		waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
		assertThat(driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger"))).as("errors after " + step)
			.allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
	}

	/** Date inputs take typed text in the browser's locale format; the value itself is ISO everywhere. */
	private void setDate(String step, String field, LocalDate date) {
		WebElement input = driver.findElement(By.cssSelector("form[action$='/" + step + "'] input[name=" + field + "]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

	/** Signing in hashes a password on purpose slowly: wait for the next page instead of racing it. */
	private static <T> void waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(condition::apply);
	}

	/** Ticks a box or radio button. */
	private void check(String id) {
		click(driver.findElement(By.id(id)));
		assertThat(driver.findElement(By.id(id)).isSelected()).as(id).isTrue();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		// instant: Bootstrap scrolls smoothly, and a click during the scroll lands on whatever passes under it
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
