package org.buddywerk.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.SignedIn;
import org.buddywerk.TestClock;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From a published pair to a trajectory: the introduction, both answers through the pages, one no, the flag for
 * proposals nobody answers, and who sees which proposal.
 */
@BuddywerkTest
class MatchingFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MatchingFixtures fixtures;

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private long coordinator() {
		return fixtures.coordinatorId();
	}

	@AfterEach
	void clockBack() {
		clock.reset();
	}

	/** A programme with one buddy (with an account) and one participant, published and introduced now. */
	private record Published(long programme, String buddyEmail, long enrolment, long participant, long proposal) {
	}

	private Published publishedAndIntroduced() {
		long programme = fixtures.newProgramme();
		String buddyEmail = fixtures.buddyAccount();
		long enrolment = fixtures.buddy(programme, "9030", 1, "uk", fixtures.accountId(buddyEmail));
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(20));
		Proposals.Outcome outcome = proposals.publish(programme, participant, enrolment, null, coordinator());
		assertThat(outcome.published()).as("published: %s", outcome.refusedFor()).isTrue();
		proposals.planIntroduction(outcome.proposalId(), clock.instant().minusSeconds(60), "Buurthuis", true, false);
		return new Published(programme, buddyEmail, enrolment, participant, outcome.proposalId());
	}

	@Test
	void whenBuddyAndProfessionalBothSayYesATrajectoryStartsAndEachSeesTheOthersContactDetails() throws Exception {
		Published p = publishedAndIntroduced();
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().is3xxRedirection());
		assertThat(proposalStatus(p.proposal())).isEqualTo("OPEN");
		mvc.perform(post("/matching/proposals/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(fixtures.professional()))
			.andExpect(status().is3xxRedirection());

		assertThat(proposalStatus(p.proposal())).isEqualTo("AGREED");
		long trajectory = jdbc.sql("select id from trajectory where participant_id = ? and status = 'ACTIVE'")
			.param(p.participant()).query(Long.class).single();
		assertThat(jdbc.sql("select status from enrolment where id = ?").param(p.enrolment()).query(String.class).single())
			.isEqualTo("MATCHED");
		assertThat(jdbc.sql("select waiting_since from participant where id = ?").param(p.participant())
			.query(LocalDate.class).optional()).isEmpty();

		String asBuddy = mvc.perform(get("/trajectories/{id}", trajectory).with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(asBuddy).contains("+32 470 11 22 33");
		String asProfessional = mvc.perform(get("/trajectories/{id}", trajectory).with(fixtures.professional()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(asProfessional).contains("+32 470 00 00 00");
		String list = mvc.perform(get("/trajectories").with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(fixtures.firstName(p.participant()));
	}

	@Test
	void theParticipantAnswersForThemselvesOnTheirOwnPage() throws Exception {
		Published p = publishedAndIntroduced();
		String participant = fixtures.participantAccount(p.participant());
		String page = mvc.perform(get("/me/matches").param("lang", "nl").with(user(accounts.loadUserByUsername(participant))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kennismaking met", "Buurthuis");
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(user(accounts.loadUserByUsername(participant))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().is3xxRedirection());
		assertThat(proposalStatus(p.proposal())).isEqualTo("AGREED");
		assertThat(jdbc.sql("select participant_answered_by from match_proposal where id = ?").param(p.proposal())
			.query(Long.class).single()).isEqualTo(fixtures.accountId(participant));
	}

	@Test
	void beforeBothSaidYesTheBuddySeesNoContactDetailsOfTheParticipant() throws Exception {
		Published p = publishedAndIntroduced();
		String page = mvc.perform(get("/me/matches").with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(fixtures.firstName(p.participant())).doesNotContain("+32 470 11 22 33");
	}

	@Test
	void oneNoClosesTheProposalRulesThePairOutAndLeavesBothWaiting() throws Exception {
		Published p = publishedAndIntroduced();
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "NO").param("reason", "Geen klik")
			.with(csrf()).with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().is3xxRedirection());

		assertThat(proposalStatus(p.proposal())).isEqualTo("DECLINED");
		assertThat(jdbc.sql("select kind from match_rule where participant_id = ? and enrolment_id = ?")
			.params(p.participant(), p.enrolment()).query(String.class).single()).isEqualTo("DECLINED");
		assertThat(jdbc.sql("select waiting_since from participant where id = ?").param(p.participant())
			.query(LocalDate.class).single()).isNotNull();
		assertThat(jdbc.sql("select status from enrolment where id = ?").param(p.enrolment()).query(String.class).single())
			.isEqualTo("AVAILABLE");
		Proposals.Outcome again = proposals.publish(p.programme(), p.participant(), p.enrolment(), null, coordinator());
		assertThat(again.refusedFor()).containsExactly(Exclusion.DECLINED_BEFORE);

		String asCoordinator = mvc.perform(get("/matching/proposals/{id}", p.proposal()).with(fixtures.coordinator()))
			.andReturn().getResponse().getContentAsString();
		assertThat(asCoordinator).contains("Geen klik");
		String asProfessional = mvc.perform(get("/matching/proposals/{id}", p.proposal()).with(fixtures.professional()))
			.andReturn().getResponse().getContentAsString();
		assertThat(asProfessional).doesNotContain("Geen klik");
	}

	@Test
	void aNoWithoutAReasonIsRefusedAndNothingIsRecorded() throws Exception {
		Published p = publishedAndIntroduced();
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "NO").with(csrf())
			.with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "MAYBE").with(csrf())
			.with(user(accounts.loadUserByUsername(p.buddyEmail()))))
			.andExpect(status().is3xxRedirection());
		assertThat(proposalStatus(p.proposal())).isEqualTo("OPEN");
		assertThat(jdbc.sql("select buddy_answer from match_proposal where id = ?").param(p.proposal())
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void answersBeforeTheIntroductionHasTakenPlaceAreRefused() {
		long programme = fixtures.newProgramme();
		long enrolment = fixtures.buddy(programme, "9030", 1, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(3));
		long proposal = proposals.publish(programme, participant, enrolment, null, coordinator()).proposalId();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposals.answer(proposal, Proposals.AnswerSide.BUDDY,
				Answer.YES, null, coordinator())).isInstanceOf(ProposalClosedException.class);
		proposals.planIntroduction(proposal, clock.instant().plus(Duration.ofDays(2)), "Buurthuis", false, true);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposals.answer(proposal, Proposals.AnswerSide.BUDDY,
				Answer.YES, null, coordinator())).isInstanceOf(ProposalClosedException.class);
	}

	@Test
	void aProposalNobodyAnswersWithinFourteenDaysIsFlaggedForTheCoordinator() throws Exception {
		Published p = publishedAndIntroduced();
		String fresh = mvc.perform(get("/matching/programmes/{id}", p.programme()).param("lang", "nl").with(fixtures.coordinator()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fresh).doesNotContain("nog geen antwoord");
		clock.advance(Duration.ofDays(14));
		String late = mvc.perform(get("/matching/programmes/{id}", p.programme()).param("lang", "nl").with(fixtures.coordinator()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(late).contains("nog geen antwoord");
	}

	@Test
	void aBuddyNeverSeesOrAnswersAnotherBuddysProposal() throws Exception {
		Published p = publishedAndIntroduced();
		String other = fixtures.buddyAccount();
		String page = mvc.perform(get("/me/matches").with(user(accounts.loadUserByUsername(other))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(fixtures.firstName(p.participant()));
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(user(accounts.loadUserByUsername(other))))
			.andExpect(status().isNotFound());
		assertThat(proposalStatus(p.proposal())).isEqualTo("OPEN");
	}

	@Test
	void aCoordinatorOrProfessionalOfAnotherOrganisationReachesNothingOfTheProgramme() throws Exception {
		Published p = publishedAndIntroduced();
		mvc.perform(get("/matching/programmes/{id}", p.programme()).with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/matching/participants/{id}", p.participant()).with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/matching/proposals/{id}", p.proposal()).with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/matching/proposals/{id}", p.proposal()).with(SignedIn.as(accounts, Role.PROFESSIONAL)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/matching/proposals/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(SignedIn.as(accounts, Role.PROFESSIONAL)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/matching/proposals/{id}/withdraw", p.proposal()).with(csrf())
			.with(SignedIn.as(accounts, Role.COORDINATOR)))
			.andExpect(status().isNotFound());
		assertThat(proposalStatus(p.proposal())).isEqualTo("OPEN");
		assertThat(jdbc.sql("select participant_answer from match_proposal where id = ?").param(p.proposal())
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void aSideThatAnsweredCannotAnswerAgain() throws Exception {
		Published p = publishedAndIntroduced();
		proposals.answer(p.proposal(), Proposals.AnswerSide.BUDDY, Answer.YES, null, fixtures.accountId(p.buddyEmail()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposals.answer(p.proposal(), Proposals.AnswerSide.BUDDY,
				Answer.NO, "toch niet", fixtures.accountId(p.buddyEmail()))).isInstanceOf(ProposalClosedException.class);
		assertThat(jdbc.sql("select buddy_answer from match_proposal where id = ?").param(p.proposal())
			.query(String.class).single()).isEqualTo("YES");
	}

	@Test
	void whenConsentWasWithdrawnBeforeTheSecondYesTheProposalIsWithdrawnAndNothingStarts() throws Exception {
		Published p = publishedAndIntroduced();
		proposals.answer(p.proposal(), Proposals.AnswerSide.BUDDY, Answer.YES, null, fixtures.accountId(p.buddyEmail()));
		jdbc.sql("insert into consent_withdrawal (consent_id, withdrawn_at, withdrawn_by) "
				+ "select id, ?, recorded_by from consent_record where participant_id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), p.participant()).update();
		assertThat(proposals.answer(p.proposal(), Proposals.AnswerSide.PARTICIPANT, Answer.YES, null,
				fixtures.accountId(MatchingFixtures.PROFESSIONAL))).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(jdbc.sql("select count(*) from trajectory where participant_id = ?").param(p.participant())
			.query(Long.class).single()).isZero();
	}

	@Test
	void someoneOutsideTheTriangleDoesNotReachTheTrajectory() throws Exception {
		Published p = publishedAndIntroduced();
		proposals.answer(p.proposal(), Proposals.AnswerSide.BUDDY, Answer.YES, null, fixtures.accountId(p.buddyEmail()));
		proposals.answer(p.proposal(), Proposals.AnswerSide.PARTICIPANT, Answer.YES, null,
				fixtures.accountId(MatchingFixtures.PROFESSIONAL));
		long trajectory = jdbc.sql("select id from trajectory where participant_id = ?").param(p.participant())
			.query(Long.class).single();
		for (Role outsider : List.of(Role.BUDDY, Role.PROFESSIONAL, Role.COORDINATOR, Role.COACH, Role.PARTICIPANT)) {
			mvc.perform(get("/trajectories/{id}", trajectory).with(SignedIn.as(accounts, outsider)))
				.andExpect(status().isNotFound());
		}
		String otherBuddy = fixtures.buddyAccount();
		mvc.perform(get("/trajectories/{id}", trajectory).with(user(accounts.loadUserByUsername(otherBuddy))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoParticipantCannotAnswerForSomeoneElse() throws Exception {
		Published p = publishedAndIntroduced();
		mvc.perform(post("/me/matches/{id}/answer", p.proposal()).param("answer", "YES").with(csrf())
			.with(SignedIn.as(accounts, Role.PARTICIPANT)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/matching/proposals/{id}", p.proposal()).with(SignedIn.as(accounts, Role.BUDDY)))
			.andExpect(status().isForbidden());
	}

	@Test
	void batchMatchingProposesThePairsOfTheOptimumAndPublishingMakesThemProposals() throws Exception {
		long programme = fixtures.newProgramme();
		long nearBuddy = fixtures.buddy(programme, "9000", 1, "uk", null);
		long farBuddy = fixtures.buddy(programme, "9050", 1, "uk", null);
		long longWaiter = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(200));
		long newcomer = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(1));
		long arabic = fixtures.participant(programme, "9000", "ar", Today.on(clock).minusDays(50));

		mvc.perform(post("/matching/programmes/{id}/runs", programme).with(csrf()).with(fixtures.coordinator()))
			.andExpect(status().is3xxRedirection());
		long run = jdbc.sql("select max(id) from match_run where programme_id = ?").param(programme).query(Long.class).single();
		waitUntilDone(run);

		List<String> pairs = jdbc.sql("select participant_id || '-' || enrolment_id from match_run_pair where run_id = ?")
			.param(run).query(String.class).list();
		assertThat(pairs).hasSize(2);
		assertThat(jdbc.sql("select participant_id from match_run_unmatched where run_id = ?").param(run)
			.query(Long.class).list()).containsExactly(arabic);
		String review = mvc.perform(get("/matching/runs/{id}", run).param("lang", "nl").with(fixtures.coordinator()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(review).contains(fixtures.firstName(longWaiter), fixtures.firstName(newcomer), "Oekraïens");

		mvc.perform(post("/matching/runs/{id}/publish", run).param("pair", pairs.toArray(String[]::new)).with(csrf())
			.with(fixtures.coordinator()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from match_proposal where programme_id = ? and status = 'OPEN'")
			.param(programme).query(Long.class).single()).isEqualTo(2);
		assertThat(List.of(nearBuddy, farBuddy)).allSatisfy(buddy -> assertThat(jdbc
			.sql("select count(*) from match_proposal where enrolment_id = ?").param(buddy).query(Long.class).single())
			.isEqualTo(1));
	}

	@Test
	void aLockedPairIsKeptAndARuledOutPairIsNeverProposed() throws Exception {
		long programme = fixtures.newProgramme();
		long near = fixtures.buddy(programme, "9000", 1, "uk", null);
		long far = fixtures.buddy(programme, "9050", 1, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(10));
		mvc.perform(post("/matching/programmes/{id}/rules", programme).param("participant", String.valueOf(participant))
			.param("enrolment", String.valueOf(far)).param("kind", "LOCKED").with(csrf())
			.with(fixtures.coordinator())).andExpect(status().is3xxRedirection());
		long run = runNow(programme);
		assertThat(jdbc.sql("select enrolment_id from match_run_pair where run_id = ? and locked").param(run)
			.query(Long.class).single()).isEqualTo(far);

		mvc.perform(post("/matching/programmes/{id}/rules", programme).param("participant", String.valueOf(participant))
			.param("enrolment", String.valueOf(far)).param("kind", "RULED_OUT").with(csrf())
			.with(fixtures.coordinator())).andExpect(status().is3xxRedirection());
		long again = runNow(programme);
		assertThat(jdbc.sql("select enrolment_id from match_run_pair where run_id = ?").param(again)
			.query(Long.class).single()).isEqualTo(near);
	}

	@Test
	void suggestionsExplainEachBuddyInTheReadersLanguage() throws Exception {
		long programme = fixtures.newProgramme();
		fixtures.buddy(programme, "9030", 1, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(10));
		String dutch = mvc.perform(get("/matching/participants/{id}", participant).param("lang", "nl").with(fixtures.coordinator()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(dutch).contains("spreekt Oekraïens (moedertaal)", "km", "kan helpen met wonen");
		String english = mvc.perform(get("/matching/participants/{id}", participant).param("lang", "en")
			.with(fixtures.coordinator())).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("speaks Ukrainian (native)", "can help with housing");
		String ukrainian = mvc.perform(get("/matching/participants/{id}", participant).param("lang", "uk")
			.with(fixtures.coordinator())).andReturn().getResponse().getContentAsString();
		assertThat(ukrainian).contains("розмовляє: українська");
		// ?lang= is remembered for the account: give the demo coordinator their Dutch back
		mvc.perform(get("/matching/participants/{id}", participant).param("lang", "nl").with(fixtures.coordinator()));
	}

	private long runNow(long programme) throws Exception {
		mvc.perform(post("/matching/programmes/{id}/runs", programme).with(csrf()).with(fixtures.coordinator()))
			.andExpect(status().is3xxRedirection());
		long run = jdbc.sql("select max(id) from match_run where programme_id = ?").param(programme).query(Long.class).single();
		waitUntilDone(run);
		return run;
	}

	private void waitUntilDone(long run) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(30);
		while (!"DONE".equals(jdbc.sql("select status from match_run where id = ?").param(run).query(String.class).single())) {
			assertThat(Instant.now()).as("run %s finished in time", run).isBefore(until);
			Thread.sleep(50);
		}
	}

	private String proposalStatus(long proposal) {
		return jdbc.sql("select status from match_proposal where id = ?").param(proposal).query(String.class).single();
	}
}
