package org.buddywerk.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What matching asks of the volunteers module: profiles, candidates, contact, the lock and the two status changes. */
@BuddywerkTest
class BuddiesTest {

	@Autowired
	Buddies buddies;

	@Autowired
	VolunteerFixtures fixtures;

	@Autowired
	Pipeline pipeline;

	@Autowired
	EnrolmentRepository enrolments;

	@Autowired
	EnrolmentEventRepository events;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	People people;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	java.time.Clock clock;

	/** A programme of this test's own, so that its candidates are exactly those made here. */
	ProgrammeView programme;

	long coordinator;

	@BeforeEach
	void ownProgramme() throws Exception {
		String name = "Matchbuddy's " + UUID.randomUUID();
		long welfare = organisations.organisationNamed("Welzijn Demo").orElseThrow().id();
		mvc.perform(post("/admin/programmes").with(SignedIn.as(accounts, Role.ADMIN)).with(csrf()).param("name", name)
			.param("organisationId", String.valueOf(welfare)).param("targetGroup", "Nieuwkomers").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		programme = organisations.programmes(name, Paging.of(0, 10, null, null, Set.of("name"), "name")).stream()
			.filter(p -> p.name().equals(name)).findFirst().orElseThrow();
		coordinator = people.accountIdOf(SignedIn.demoEmail(Role.COORDINATOR)).orElseThrow();
	}

	@Test
	void aProfileCarriesEverythingMatchingWeighs() {
		String email = "profiel-" + UUID.randomUUID() + "@example.org";
		long account = people.createVolunteerAccount(email, "Profiel", Locale.forLanguageTag("nl"),
				"a long and private sentence", Set.of(programme.organisationId()));
		Enrolment enrolment = fixtures.available(programme, account);

		BuddyProfile profile = buddies.profile(enrolment.getId()).orElseThrow();

		LocalDate today = Today.on(clock);
		assertThat(profile.enrolmentId()).isEqualTo(enrolment.getId());
		assertThat(profile.volunteerId()).isEqualTo(enrolment.getVolunteerId());
		assertThat(profile.programmeId()).isEqualTo(programme.id());
		assertThat(profile.accountId()).isEqualTo(account);
		assertThat(profile.name()).isEqualTo("Fixture Volunteer");
		assertThat(profile.status()).isEqualTo(VolunteerStatus.AVAILABLE);
		assertThat(profile.screeningValidUntil()).isEqualTo(today.plusYears(2));
		assertThat(profile.screeningExpired()).isFalse();
		assertThat(profile.capacity()).isEqualTo(2);
		assertThat(profile.postalCode()).isEqualTo("9000");
		assertThat(profile.travelKm()).isEqualTo(10);
		assertThat(profile.gender()).isEqualTo(Gender.WOMAN);
		assertThat(profile.languages()).containsExactly(new SpokenLanguage("nl", LanguageLevel.NATIVE));
		assertThat(profile.domains()).containsExactly(LifeDomain.HOUSING);
		assertThat(profile.boundaries()).containsExactly(LifeDomain.FINANCES);
		assertThat(profile.interests()).containsExactly(Interest.COOKING, Interest.MUSIC);
		assertThat(profile.slots()).containsExactly(WeekSlot.MONDAY_EVENING);
		assertThat(profile.coachAccountId()).isEqualTo(people.accountIdOf(SignedIn.demoEmail(Role.COACH)).orElseThrow());
		assertThat(buddies.profile(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void candidatesAreTheProgrammesAvailableAndMatchedBuddiesOnly() {
		long available = fixtures.available(programme, null).getId();
		long matched = fixtures.available(programme, null).getId();
		buddies.markMatched(matched, coordinator);
		long applied = fixtures.applicant(programme, null).getId();
		long paused = fixtures.available(programme, null).getId();
		pipeline.pause(paused, version(paused), coordinator, "Even geen tijd");
		long stopped = fixtures.available(programme, null).getId();
		pipeline.stop(stopped, version(stopped), coordinator, "Verhuisd");
		long elsewhere = fixtures.available(fixtures.woonbuddys(), null).getId();

		List<BuddyProfile> candidates = buddies.candidatesIn(programme.id());

		assertThat(candidates).extracting(BuddyProfile::enrolmentId).containsExactly(available, matched)
			.doesNotContain(applied, paused, stopped, elsewhere);
		assertThat(candidates).extracting(BuddyProfile::status)
			.containsExactly(VolunteerStatus.AVAILABLE, VolunteerStatus.MATCHED);
		assertThat(candidates).allSatisfy(c -> assertThat(c.interests()).containsExactly(Interest.COOKING, Interest.MUSIC));
		assertThat(buddies.candidatesIn(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void anEndedScreeningIsFlaggedNotLeftOutForMatchingAppliesTheRuleItself() {
		long id = fixtures.available(programme, null).getId();
		LocalDate today = Today.on(clock);
		pipeline.recordScreening(id, version(id), coordinator, ScreeningKind.NL_VOG, today.minusYears(3), today.minusDays(1));

		assertThat(buddies.candidatesIn(programme.id())).singleElement().satisfies(c -> {
			assertThat(c.screeningExpired()).isTrue();
			assertThat(c.screeningValidUntil()).isEqualTo(today.minusDays(1));
		});
	}

	@Test
	void matchedAndAvailableAgainAreStepsInTheHistoryAndRepeatingThemChangesNothing() {
		long id = fixtures.available(programme, null).getId();

		buddies.markMatched(id, coordinator);
		buddies.markMatched(id, coordinator);
		assertThat(statusOf(id)).isEqualTo(VolunteerStatus.MATCHED);
		buddies.markAvailableAgain(id, coordinator);
		buddies.markAvailableAgain(id, coordinator);
		assertThat(statusOf(id)).isEqualTo(VolunteerStatus.AVAILABLE);

		List<EnrolmentEvent> history = events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(id);
		assertThat(history.subList(0, 2)).allSatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(EnrolmentEvent.Kind.STATUS);
			assertThat(e.getActorAccountId()).isEqualTo(coordinator);
		});
		assertThat(history.subList(0, 2)).extracting(EnrolmentEvent::getFromStatus, EnrolmentEvent::getToStatus)
			.containsExactly(tuple(VolunteerStatus.MATCHED, VolunteerStatus.AVAILABLE),
					tuple(VolunteerStatus.AVAILABLE, VolunteerStatus.MATCHED));
		assertThat(history.get(2).getToStatus()).as("the step before matching").isEqualTo(VolunteerStatus.AVAILABLE);
	}

	@Test
	void onlyAnAvailableBuddyCanBeMatched() {
		long applied = fixtures.applicant(programme, null).getId();
		long paused = fixtures.available(programme, null).getId();
		pipeline.pause(paused, version(paused), coordinator, "Vakantie");

		assertThatThrownBy(() -> buddies.markMatched(applied, coordinator)).isInstanceOf(Refusal.class)
			.hasMessage("pipeline.notMatchable");
		assertThatThrownBy(() -> buddies.markMatched(paused, coordinator)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> buddies.markMatched(Long.MAX_VALUE, coordinator)).isInstanceOf(NotFoundException.class);
		assertThat(statusOf(applied)).isEqualTo(VolunteerStatus.APPLIED);
		assertThat(statusOf(paused)).isEqualTo(VolunteerStatus.PAUSED);
		buddies.markAvailableAgain(applied, coordinator);
		assertThat(statusOf(applied)).isEqualTo(VolunteerStatus.APPLIED);
	}

	@Test
	void theCoordinatorsPagePausesResumesAndStopsAMatchedBuddy() throws Exception {
		long id = fixtures.available(programme, null).getId();
		buddies.markMatched(id, coordinator);
		String page = mvc.perform(get("/volunteers/enrolments/" + id).with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Gekoppeld aan een deelnemer.", "/volunteers/enrolments/" + id + "/pause",
				"/volunteers/enrolments/" + id + "/stop", "Vrouw", "Muziek", "Koken", "Helpt liever niet bij", "Financiën");

		step(id, "pause", "reason", "Even op reis");
		assertThat(statusOf(id)).isEqualTo(VolunteerStatus.PAUSED);
		step(id, "resume");
		assertThat(statusOf(id)).as("back to matched: the match goes on").isEqualTo(VolunteerStatus.MATCHED);

		step(id, "pause", "reason", "Ziek");
		buddies.markAvailableAgain(id, coordinator);
		step(id, "resume");
		assertThat(statusOf(id)).as("the match ended meanwhile").isEqualTo(VolunteerStatus.AVAILABLE);

		buddies.markMatched(id, coordinator);
		step(id, "stop", "reason", "Verhuisd", "confirmed", "true");
		assertThat(statusOf(id)).isEqualTo(VolunteerStatus.STOPPED);
	}

	@Test
	void enrolmentsOfAnAccountAndContact() {
		String email = "contact-" + UUID.randomUUID() + "@example.org";
		long account = people.createVolunteerAccount(email, "Contact", Locale.forLanguageTag("nl"),
				"a long and private sentence", Set.of(programme.organisationId()));
		Enrolment first = fixtures.applicant(programme, account);
		long second = transaction.execute(s -> pipeline.apply(first.getVolunteerId(), fixtures.woonbuddys().id(), null).getId());

		assertThat(buddies.enrolmentsOfAccount(account)).containsExactly(first.getId(), second);
		assertThat(buddies.enrolmentsOfAccount(Long.MAX_VALUE)).isEmpty();
		Volunteer volunteer = volunteers.findById(first.getVolunteerId()).orElseThrow();
		assertThat(buddies.contact(second)).contains(new BuddyContact("Fixture Volunteer", "+32 470 11 22 33",
				volunteer.getEmail()));
		assertThat(buddies.contact(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theLockNeedsTheCallersTransactionAndHoldsOffASecondCallerUntilItEnds() throws Exception {
		long id = fixtures.available(programme, null).getId();
		assertThatThrownBy(() -> buddies.lockForMatching(id)).isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> transaction.executeWithoutResult(s -> buddies.lockForMatching(Long.MAX_VALUE)))
			.isInstanceOf(NotFoundException.class);

		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> {
			buddies.lockForMatching(id);
			buddies.markMatched(id, coordinator);
			locked.countDown();
			await(release);
		}));
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<VolunteerStatus> second = CompletableFuture.supplyAsync(() -> transaction.execute(s -> {
			buddies.lockForMatching(id);
			return buddies.profile(id).orElseThrow().status();
		}));
		Thread.sleep(300);
		assertThat(second).as("waits for the first to finish").isNotDone();
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		assertThat(second.get(10, TimeUnit.SECONDS)).as("and then sees what it did").isEqualTo(VolunteerStatus.MATCHED);
	}

	private void step(long id, String step, String... params) throws Exception {
		var request = post("/volunteers/enrolments/" + id + "/" + step).with(SignedIn.as(accounts, Role.COORDINATOR))
			.with(csrf()).param("version", String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(redirectedUrl("/volunteers/enrolments/" + id));
	}

	private long version(long id) {
		return enrolments.findById(id).orElseThrow().getVersion();
	}

	private VolunteerStatus statusOf(long id) {
		return enrolments.findById(id).orElseThrow().getStatus();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
