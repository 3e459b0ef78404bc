package org.buddywerk.volunteers;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.TestClock;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public sign-up at /join: what a complete sign-up stores, signing up twice, the honeypot, the rate limit,
 * and bad input in every field. Each request comes from its own client address, so that the rate limit of one
 * test never throttles another.
 */
@BuddywerkTest
@ExtendWith(OutputCaptureExtension.class)
class SignUpTest {

	static final List<String> HOSTILE = HostileInput.VALUES;

	private static final String PASSWORD = "a long and private sentence";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	VolunteerConsentRepository consents;

	@Autowired
	EnrolmentEventRepository events;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	People people;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestClock clock;

	/** Two open programmes of this test's own, in two organisations, so that no other test sees its volunteers. */
	static ProgrammeView housing;

	static ProgrammeView school;

	@BeforeEach
	void openTwoProgrammesOnce() throws Exception {
		if (housing == null) {
			housing = programmeNamed(newProgramme("Woonbuddy's aanmeldtest", "Welzijn Demo", true));
			school = programmeNamed(newProgramme("Schoolbuddy's aanmeldtest", "Stad Demo", true));
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCompleteSignUpStoresTheVolunteerTheirEnrolmentsConsentAndABuddyAccountThatCanSignIn() throws Exception {
		String email = uniqueEmail();
		Map<String, List<String>> form = valid(email);
		form.put("email", List.of("  " + email.toUpperCase(Locale.ROOT) + " "));
		form.put("postalCode", List.of("1012 ab"));
		form.put("programmes", List.of(String.valueOf(housing.id()), String.valueOf(school.id())));

		mvc.perform(join(form)).andExpect(redirectedUrl("/join/thanks")).andExpect(flash().attribute("updated", false));

		transaction.executeWithoutResult(status -> {
			Volunteer volunteer = volunteers.findByEmail(email).orElseThrow();
			assertThat(volunteer.getName()).isEqualTo("Amira Haddad");
			assertThat(volunteer.getPhone()).isEqualTo("+32 470 12 34 56");
			assertThat(volunteer.getPostalCode()).isEqualTo("1012AB");
			assertThat(volunteer.getTravelKm()).isEqualTo(15);
			assertThat(volunteer.getCapacity()).isEqualTo(2);
			assertThat(volunteer.getBoundaries()).isEqualTo("Geen vervoer met de auto");
			assertThat(volunteer.getAbout()).isEqualTo("Ik kook graag en spreek Arabisch.");
			assertThat(volunteer.getLanguages()).containsExactlyInAnyOrder(
					new SpokenLanguage("nl", LanguageLevel.GOOD), new SpokenLanguage("ar", LanguageLevel.NATIVE));
			assertThat(volunteer.getDomains()).isEqualTo(EnumSet.of(LifeDomain.HOUSING, LifeDomain.LANGUAGE));
			assertThat(volunteer.getSlots()).isEqualTo(EnumSet.of(WeekSlot.MONDAY_EVENING, WeekSlot.SATURDAY_MORNING));
			assertThat(volunteer.getGender()).isEqualTo(Gender.WOMAN);
			assertThat(volunteer.getInterests()).isEqualTo(EnumSet.of(Interest.COOKING, Interest.LANGUAGES));
			assertThat(volunteer.getBoundaryDomains()).isEqualTo(EnumSet.of(LifeDomain.FINANCES));
			assertThat(volunteer.getConsentVersion()).isEqualTo(SignUp.CONSENT_VERSION);
			assertThat(volunteer.getConsentLanguage()).isEqualTo("nl");
			assertThat(volunteer.getConsentGivenAt()).isNotNull();

			List<Enrolment> applied = enrolments.findByVolunteerId(volunteer.getId());
			assertThat(applied).extracting(Enrolment::getProgrammeId).containsExactlyInAnyOrder(housing.id(), school.id());
			assertThat(applied).allSatisfy(enrolment -> {
				assertThat(enrolment.getStatus()).isEqualTo(VolunteerStatus.APPLIED);
				assertThat(events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(enrolment.getId()))
					.extracting(EnrolmentEvent::getKind).containsExactly(EnrolmentEvent.Kind.APPLIED);
			});

			Long account = volunteer.getAccountId();
			assertThat(account).isNotNull().isEqualTo(people.accountIdOf(email).orElseThrow());
			assertThat(people.organisationsWhere(account, Role.BUDDY))
				.containsExactlyInAnyOrder(housing.organisationId(), school.organisationId());
		});
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void signingUpAgainWithTheSameEmailUpdatesTheApplicationAndKeepsThePassword() throws Exception {
		String email = uniqueEmail();
		mvc.perform(join(valid(email))).andExpect(redirectedUrl("/join/thanks"));

		Map<String, List<String>> again = valid(email);
		again.put("email", List.of(email.toUpperCase(Locale.ROOT)));
		again.put("name", List.of("Amira H."));
		again.put("capacity", List.of("3"));
		again.put("password", List.of("another long private sentence"));
		again.put("programmes", List.of(String.valueOf(housing.id()), String.valueOf(school.id())));
		MvcResult updated = mvc.perform(join(again)).andExpect(redirectedUrl("/join/thanks"))
			.andExpect(flash().attribute("updated", true)).andReturn();
		// the flash attribute lives in the (database) session: follow the redirect with its cookie
		assertThat(page(get("/join/thanks").cookie(updated.getResponse().getCookie("SESSION"))))
			.contains("U had zich al eerder ingeschreven met dit e-mailadres.", "Uw wachtwoord is niet veranderd.");

		assertThat(jdbc.sql("select count(*) from volunteer where lower(email) = :email").param("email", email)
			.query(Long.class).single()).isEqualTo(1);
		Volunteer volunteer = volunteers.findByEmail(email).orElseThrow();
		assertThat(volunteer.getName()).isEqualTo("Amira H.");
		assertThat(volunteer.getCapacity()).isEqualTo(3);
		assertThat(enrolments.findByVolunteerId(volunteer.getId())).extracting(Enrolment::getProgrammeId)
			.containsExactlyInAnyOrder(housing.id(), school.id());
		assertThat(people.organisationsWhere(volunteer.getAccountId(), Role.BUDDY))
			.containsExactlyInAnyOrder(housing.organisationId(), school.organisationId());
		assertThat(consents.findByVolunteerIdOrderByGivenAtAscIdAsc(volunteer.getId()))
			.as("both consents stay in the history")
			.hasSize(2)
			.allSatisfy(c -> assertThat(c.getTextVersion()).isEqualTo(SignUp.CONSENT_VERSION));

		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "another long private sentence"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theThanksPageSaysWhatHappensNext() throws Exception {
		MvcResult signedUp = mvc.perform(join(valid(uniqueEmail()))).andExpect(redirectedUrl("/join/thanks")).andReturn();
		assertThat(page(get("/join/thanks").cookie(signedUp.getResponse().getCookie("SESSION"))))
			.contains("We hebben uw inschrijving goed ontvangen.", "kennismakingsgesprek",
					"uittreksel uit het strafregister", "vrijwilligerscoach", "href=\"/login\"")
			.doesNotContain("al eerder ingeschreven");
	}

	@Test
	void anEmailThatAlreadyHasAnAccountGetsAnApplicationButTheAccountIsLeftAlone() throws Exception {
		String coach = newCoachAccount();
		long account = people.accountIdOf(coach).orElseThrow();

		mvc.perform(join(valid(coach))).andExpect(redirectedUrl("/join/thanks")).andExpect(flash().attribute("updated", false));

		Volunteer volunteer = volunteers.findByEmail(coach).orElseThrow();
		assertThat(volunteer.getAccountId()).isNull();
		assertThat(people.organisationsWhere(account, Role.BUDDY)).isEmpty();
		mvc.perform(post("/login").with(csrf()).param("email", coach).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", coach).param("password", "the coach's own sentence"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aFilledInHoneypotStoresNothingButLooksLikeSuccess() throws Exception {
		String email = uniqueEmail();
		Map<String, List<String>> form = valid(email);
		form.put(SignUpPage.HONEYPOT, List.of("https://spam.example"));

		mvc.perform(join(form)).andExpect(redirectedUrl("/join/thanks"));

		assertNothingStoredFor(email);
	}

	@Test
	void theSixthPostFromOneAddressIsRefusedWith429AndStoresNothingUntilTheWindowMoves() throws Exception {
		String crowded = nextAddress();
		for (int post = 1; post <= 5; post++) {
			mvc.perform(join(Map.of(), crowded)).andExpect(status().isOk());
		}
		String refused = uniqueEmail();
		String body = mvc.perform(join(valid(refused), crowded)).andExpect(status().isTooManyRequests()).andReturn()
			.getResponse().getContentAsString();
		assertThat(body).contains("Er kwamen te veel inschrijvingen van deze verbinding", "10 minuten")
			.doesNotContain(PASSWORD);
		assertNothingStoredFor(refused);

		String elsewhere = uniqueEmail();
		mvc.perform(join(valid(elsewhere))).andExpect(redirectedUrl("/join/thanks"));
		assertThat(volunteers.findByEmail(elsewhere)).isPresent();

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		String later = uniqueEmail();
		mvc.perform(join(valid(later), crowded)).andExpect(redirectedUrl("/join/thanks"));
		assertThat(volunteers.findByEmail(later)).isPresent();
	}

	@Test
	void ipv6AddressesOfOneNetworkShareOneLimit() throws Exception {
		String network = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":7";
		for (int host = 1; host <= 5; host++) {
			mvc.perform(join(Map.of(), network + "::" + host)).andExpect(status().isOk());
		}
		mvc.perform(join(Map.of(), network + "::99")).andExpect(status().isTooManyRequests());
		mvc.perform(join(Map.of(), network.replace(":7", ":8") + "::1")).andExpect(status().isOk());
	}

	@ParameterizedTest
	@FieldSource("HOSTILE")
	void hostileInputInEveryFieldGetsAMessageAndIsStoredOnlyWhenValid(String value) throws Exception {
		Map<String, Predicate<String>> accepted = new LinkedHashMap<>();
		accepted.put("name", v -> !v.isBlank() && v.length() <= 200 && v.indexOf('\0') < 0);
		accepted.put("email", v -> false);
		accepted.put("phone", v -> v.strip().matches("[0-9 +()/-]{6,20}") && v.replaceAll("[^0-9]", "").length() >= 6);
		accepted.put("postalCode", v -> v.strip().matches("[1-9][0-9]{3}( ?[A-Za-z]{2})?"));
		accepted.put("password", v -> v.length() >= 12 && v.length() <= 128 && v.chars().distinct().count() >= 4);
		accepted.put("languages", v -> false);
		accepted.put("levels", v -> false);
		accepted.put("programmes", v -> false);
		accepted.put("domains", String::isBlank);
		accepted.put("boundaryDomains", String::isBlank);
		accepted.put("interests", String::isBlank);
		accepted.put("gender", String::isBlank);
		accepted.put("slots", v -> false);
		accepted.put("travelKm", v -> false);
		accepted.put("capacity", v -> false);
		accepted.put("boundaries", v -> v.length() <= 2000 && v.indexOf('\0') < 0);
		accepted.put("about", v -> v.length() <= 4000 && v.indexOf('\0') < 0);
		accepted.put("consent", v -> false);
		accepted.put(SignUpPage.HONEYPOT, String::isEmpty);
		assertThat(accepted.keySet()).containsAll(valid("x@example.org").keySet());

		for (Map.Entry<String, Predicate<String>> field : accepted.entrySet()) {
			String email = uniqueEmail();
			Map<String, List<String>> form = valid(email);
			form.put(field.getKey(), List.of(value));
			MvcResult result = mvc.perform(join(form)).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString();
			assertThat(status).as("%s", field.getKey()).isIn(200, 302, 400, 429);
			assertThat(body).as("%s", field.getKey()).doesNotContain(HostileInput.SCRIPT);
			String storedAs = field.getKey().equals("email") ? value.strip().toLowerCase(Locale.ROOT) : email;
			// PostgreSQL cannot even be asked about a text with a NUL byte; such an address was never stored
			boolean stored = storedAs.indexOf('\0') < 0 && volunteers.findByEmail(storedAs).isPresent();
			assertThat(stored).as("stored with %s", field.getKey()).isEqualTo(field.getValue().test(value));
			if (!stored && storedAs.indexOf('\0') < 0) {
				assertThat(people.accountIdOf(storedAs)).as("account with %s", field.getKey()).isEmpty();
				if (!field.getKey().equals(SignUpPage.HONEYPOT)) {
					assertThat(body).as("%s", field.getKey()).contains("Niet alles is goed ingevuld.", "is-invalid");
				}
			}
		}
	}

	@Test
	void theCasesNamedInTheIssueEachGetTheirOwnMessageAndStoreNothing() throws Exception {
		long inactive = inactiveProgramme();
		assertRefused("travelKm", "-1", "Geef een afstand van 0 tot 100 km.");
		assertRefused("travelKm", "101", "Geef een afstand van 0 tot 100 km.");
		assertRefused("travelKm", "veel", "Geef een afstand in hele kilometers, van 0 tot 100.");
		assertRefused("capacity", "0", "Kies 1, 2 of 3 deelnemers.");
		assertRefused("capacity", "4", "Kies 1, 2 of 3 deelnemers.");
		assertRefused("email", "not-an-address", "Geef een geldig e-mailadres.");
		assertRefused("consent", "", "Vink aan dat u akkoord gaat.");
		assertRefused("programmes", String.valueOf(inactive), "staat niet (meer) open voor inschrijvingen");
		assertRefused("programmes", "999999999", "staat niet (meer) open voor inschrijvingen");
		assertRefused("programmes", "", "Kies minstens één buddywerking.");
		assertRefused("name", "", "Vul dit in.");
		assertRefused("name", "x".repeat(201), "Gebruik ten hoogste 200 tekens.");
		assertRefused("about", "x".repeat(4001), "Gebruik ten hoogste 4000 tekens.");
		assertRefused("phone", "call me", "Geef een telefoonnummer van 6 tot 20 tekens");
		assertRefused("postalCode", "B-9000", "Geef een Belgische postcode (4 cijfers)");
		assertRefused("password", "too short", "Gebruik 12 tot 128 tekens.");
		assertRefused("slots", "", "Vink minstens één moment aan waarop u vrij bent.");
		assertRefused("slots", "FRIDAY_NIGHT", "Kies momenten uit het rooster.");
		assertRefused("domains", "ASTROLOGY", "Kies levensdomeinen uit de lijst.");
		assertRefused("boundaryDomains", "ASTROLOGY", "Kies levensdomeinen uit de lijst.");
		assertRefused("boundaryDomains", "HOUSING", "Een levensdomein kan niet tegelijk bij “kan helpen” en bij “liever niet” staan.");
		assertRefused("interests", "KNITTING", "Kies wat u graag doet uit de lijst.");
		assertRefused("gender", "ALIEN", "Kies een gender uit de lijst, of “zeg ik liever niet”.");
		assertRefused("languages", "xx", "Kies talen en niveaus uit de lijst.");
		assertRefused("levels", "FLUENT", "Kies talen en niveaus uit de lijst.");
		assertRefused(Map.of("languages", List.of("nl", "nl"), "levels", List.of("GOOD", "BASIC")),
				"Kies elke taal maar één keer.");
		assertRefused(Map.of("languages", List.of("", "", ""), "levels", List.of("", "", "")),
				"Kies minstens één taal met uw niveau.");
		assertRefused(Map.of("languages", List.of("nl", ""), "levels", List.of("", "GOOD")),
				"Kies bij elke taal een niveau");
	}

	@Test
	void aPasswordThePeopleModuleRefusesRollsBackTheVolunteerAlreadyWritten() throws Exception {
		assertRefused("password", "aaaaaaaaaaaaaaaa", "Dit wachtwoord is te makkelijk te raden.");
	}

	@Test
	void aFormThatFailsToBindKeepsWhatWasTypedAndChosenButNeverThePassword() throws Exception {
		String email = uniqueEmail();
		Map<String, List<String>> form = valid(email);
		form.put("travelKm", List.of("ver"));
		String body = page(join(form));
		assertThat(body).contains("Geef een afstand in hele kilometers", "value=\"Amira Haddad\"", "value=\"" + email + "\"")
			.doesNotContain(PASSWORD);
		for (String chosen : List.of("value=\"MONDAY_EVENING\"", "value=\"ar\"", "value=\"NATIVE\"",
				"value=\"" + housing.id() + "\"", "value=\"HOUSING\"", "id=\"capacity-2\"", "id=\"consent\"",
				"id=\"interests-COOKING\"", "id=\"boundaryDomains-FINANCES\"", "value=\"WOMAN\"")) {
			assertThat(body).as(chosen).containsPattern(java.util.regex.Pattern.quote(chosen) + "[^>]*(checked|selected)");
		}
		assertThat(body).doesNotContainPattern("value=\"SUNDAY_EVENING\"[^>]*checked");
		assertNothingStoredFor(email);
	}

	@Test
	void thePageRendersInUkrainianAndInArabicRightToLeft() throws Exception {
		assertThat(page(get("/join").param("lang", "uk"))).contains("lang=\"uk\"", "Станьте бадді", "Понеділок",
				"Арабська – العربية", HtmlUtils.htmlEscape(housing.name()));
		assertThat(page(get("/join").param("lang", "ar"))).contains("lang=\"ar\"", "dir=\"rtl\"", "التطوع كمرافق",
				"الاثنين");
		Map<String, List<String>> form = valid(uniqueEmail());
		form.put("capacity", List.of("4"));
		form.put("lang", List.of("uk"));
		assertThat(page(join(form))).contains("Оберіть 1, 2 або 3 учасників.");
	}

	@Test
	void theFormOffersOnlyActiveProgrammesAndLabelsEveryField() throws Exception {
		long inactive = inactiveProgramme();
		String body = page(get("/join"));
		assertThat(body).contains("value=\"" + housing.id() + "\"", "value=\"" + school.id() + "\"")
			.doesNotContain("id=\"programme-" + inactive + "\"");
		for (String id : List.of("name", "email", "phone", "postalCode", "password", "language-0", "level-0",
				"programme-" + housing.id(), "domain-HOUSING", "slot-MONDAY_MORNING", "travelKm", "capacity-1",
				"boundaries", "about", "consent", "gender", "interests-SPORT", "boundaryDomains-HOUSING")) {
			assertThat(body).as("label for %s", id).contains("for=\"" + id + "\"");
		}
		assertThat(body).containsPattern("<input[^>]*name=\"website\"[^>]*tabindex=\"-1\"")
			.contains("class=\"visually-hidden\" aria-hidden=\"true\"");
	}

	@Test
	void theLogNamesNoOneWhoSignsUp(CapturedOutput output) throws Exception {
		int before = output.getAll().length();
		String email = uniqueEmail();
		mvc.perform(join(valid(email))).andExpect(redirectedUrl("/join/thanks"));
		Map<String, List<String>> again = valid(email);
		again.put("name", List.of("Zainab Qasemi"));
		mvc.perform(join(again)).andExpect(redirectedUrl("/join/thanks"));

		assertThat(output.getAll().substring(before)).contains("signed up", "updated their application")
			.doesNotContain(email, "Amira Haddad", "Zainab Qasemi", "470 12 34 56", PASSWORD);
	}

	// --- helpers

	private void assertRefused(String field, String value, String message) throws Exception {
		assertRefused(Map.of(field, List.of(value)), message);
	}

	private void assertRefused(Map<String, List<String>> changes, String message) throws Exception {
		String email = uniqueEmail();
		Map<String, List<String>> form = valid(email);
		form.putAll(changes);
		MvcResult result = mvc.perform(join(form)).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s", changes).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as("%s", changes).contains(message, "is-invalid");
		assertNothingStoredFor(email);
	}

	private void assertNothingStoredFor(String email) {
		assertThat(volunteers.findByEmail(email)).isEmpty();
		assertThat(people.accountIdOf(email)).isEmpty();
	}

	/** A complete, valid sign-up for one programme. */
	private Map<String, List<String>> valid(String email) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("name", List.of("Amira Haddad"));
		form.put("email", List.of(email));
		form.put("phone", List.of("+32 470 12 34 56"));
		form.put("postalCode", List.of("9000"));
		form.put("password", List.of(PASSWORD));
		form.put("languages", List.of("nl", "ar", ""));
		form.put("levels", List.of("GOOD", "NATIVE", ""));
		form.put("programmes", List.of(String.valueOf(housing.id())));
		form.put("domains", List.of("HOUSING", "LANGUAGE"));
		form.put("boundaryDomains", List.of("FINANCES"));
		form.put("interests", List.of("COOKING", "LANGUAGES"));
		form.put("gender", List.of("WOMAN"));
		form.put("slots", List.of("MONDAY_EVENING", "SATURDAY_MORNING"));
		form.put("travelKm", List.of("15"));
		form.put("capacity", List.of("2"));
		form.put("boundaries", List.of("Geen vervoer met de auto"));
		form.put("about", List.of("Ik kook graag en spreek Arabisch."));
		form.put("consent", List.of("true"));
		form.put(SignUpPage.HONEYPOT, List.of(""));
		return form;
	}

	private MockHttpServletRequestBuilder join(Map<String, List<String>> form) {
		return join(form, nextAddress());
	}

	private MockHttpServletRequestBuilder join(Map<String, List<String>> form, String address) {
		MockHttpServletRequestBuilder request = post("/join").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.9." + (n / 250) + "." + (n % 250 + 1);
	}

	private static String uniqueEmail() {
		return "vrijwilliger-" + UUID.randomUUID() + "@example.org";
	}

	private ProgrammeView programmeNamed(String name) {
		return organisations.programmes(name, Paging.of(0, 100, null, null, Set.of("name"), "name")).stream()
			.filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	/** A programme an admin made and left inactive: nobody can sign up for it. */
	private long inactiveProgramme() throws Exception {
		ProgrammeView programme = programmeNamed(newProgramme("Gesloten", "Welzijn Demo", false));
		assertThat(programme.active()).isFalse();
		return programme.id();
	}

	private String newProgramme(String name, String organisation, boolean active) throws Exception {
		String unique = name + " " + UUID.randomUUID();
		MockHttpServletRequestBuilder request = post("/admin/programmes").with(SignedIn.as(accounts, Role.ADMIN))
			.with(csrf()).param("name", unique)
			.param("organisationId", String.valueOf(organisations.organisationNamed(organisation).orElseThrow().id()))
			.param("targetGroup", "Nieuwkomers");
		if (active) {
			request.param("active", "true");
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return unique;
	}

	/** An account an admin made, before its owner ever signed up as a volunteer. */
	private String newCoachAccount() throws Exception {
		String email = "coach-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/admin/accounts").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("email", email)
			.param("displayName", "Coach").param("language", "nl").param("password", "the coach's own sentence")
			.param("roles", organisations.organisationNamed("Welzijn Demo").orElseThrow().id() + ":COACH"))
			.andExpect(redirectedUrl("/admin/accounts"));
		return email;
	}
}
