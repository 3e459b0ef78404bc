package org.buddywerk.matching;

import java.util.List;
import java.util.stream.Stream;

import org.buddywerk.BuddywerkTest;
import org.buddywerk.HostileInput;
import org.buddywerk.SignedIn;
import org.buddywerk.TestClock;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every matching form field with every hostile value: a clear answer (the form again with its message, or a
 * 4xx), never a 500 and never a half-stored change.
 */
@BuddywerkTest
class MatchingInputTest {

	private static final List<String> SETTINGS = List.of("maxDistanceKm", "weightDistance", "weightNeeds",
			"weightInterests", "weightTime", "weightLanguage", "penaltyBase", "penaltyPerDay", "answerDays");

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

	static Stream<Arguments> settingsFields() {
		return SETTINGS.stream().flatMap(field -> HostileInput.VALUES.stream().map(value -> Arguments.of(field, value)));
	}

	static Stream<String> values() {
		return HostileInput.VALUES.stream();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("settingsFields")
	void aHostileSettingShowsTheFormWithItsMessageAndStoresNothing(String field, String value) throws Exception {
		long programme = fixtures.newProgramme();
		var request = post("/matching/programmes/{id}/settings", programme).with(csrf())
			.with(fixtures.coordinator()).param("version", "-1");
		for (String other : SETTINGS) {
			request.param(other, other.equals(field) ? value : "10");
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("is-invalid").doesNotContain(HostileInput.SCRIPT);
		assertThat(jdbc.sql("select count(*) from matching_settings where programme_id = ?").param(programme)
			.query(Long.class).single()).isZero();
	}

	@ParameterizedTest(name = "place = {0}")
	@MethodSource("values")
	void aHostileIntroductionIsRefusedOrStoredAsPlainText(String value) throws Exception {
		long proposal = openProposal();
		MvcResult result = mvc.perform(post("/matching/proposals/{id}/introduction", proposal).with(csrf())
			.with(fixtures.coordinator()).param("date", value).param("time", value).param("place", value))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isBetween(300, 499);
		assertThat(jdbc.sql("select count(*) from match_proposal where id = ? and introduction_at is not null")
			.param(proposal).query(Long.class).single()).isZero();

		mvc.perform(post("/matching/proposals/{id}/introduction", proposal).with(csrf())
			.with(fixtures.coordinator()).param("date", "2026-12-01").param("time", "14:00")
			.param("place", value));
		String stored = jdbc.sql("select introduction_place from match_proposal where id = ?").param(proposal)
			.query(String.class).optional().orElse(null);
		if (stored != null) {
			assertThat(stored).isEqualTo(value.strip()).hasSizeLessThanOrEqualTo(ProposalPages.MAX_PLACE);
			assertThat(stored.chars().noneMatch(Character::isISOControl)).isTrue();
		}
	}

	@ParameterizedTest(name = "answer/reason = {0}")
	@MethodSource("values")
	void aHostileAnswerOrReasonNeverRecordsAnAnswerItShouldNot(String value) throws Exception {
		long proposal = openProposal();
		proposals.planIntroduction(proposal, clock.instant().minusSeconds(60), "Buurthuis", false, false);
		MvcResult result = mvc.perform(post("/matching/proposals/{id}/answer", proposal).with(csrf())
			.with(fixtures.professional()).param("answer", value).param("reason", value)).andReturn();
		assertThat(result.getResponse().getStatus()).isBetween(300, 499);
		assertThat(jdbc.sql("select participant_answer from match_proposal where id = ?").param(proposal)
			.query(String.class).optional()).isEmpty();
		MvcResult no = mvc.perform(post("/matching/proposals/{id}/answer", proposal).with(csrf())
			.with(fixtures.professional()).param("answer", "NO").param("reason", value)).andReturn();
		assertThat(no.getResponse().getStatus()).isBetween(300, 399);
		String reason = jdbc.sql("select decline_reason from match_proposal where id = ?").param(proposal)
			.query(String.class).optional().orElse(null);
		if (reason != null) {
			assertThat(reason).isEqualTo(value.strip()).hasSizeLessThanOrEqualTo(ProposalPages.MAX_REASON);
		}
	}

	@ParameterizedTest(name = "rule = {0}")
	@MethodSource("values")
	void hostileRuleAndPublishParametersAreRefusedWithoutAServerError(String value) throws Exception {
		long programme = fixtures.newProgramme();
		long enrolment = fixtures.buddy(programme, "9030", 1, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(5));
		MvcResult rule = mvc.perform(post("/matching/programmes/{id}/rules", programme).with(csrf())
			.with(fixtures.coordinator()).param("participant", String.valueOf(participant))
			.param("enrolment", String.valueOf(enrolment)).param("kind", value)).andReturn();
		assertThat(rule.getResponse().getStatus()).isBetween(400, 499);
		MvcResult ids = mvc.perform(post("/matching/programmes/{id}/rules", programme).with(csrf())
			.with(fixtures.coordinator()).param("participant", value).param("enrolment", value)
			.param("kind", "LOCKED")).andReturn();
		assertThat(ids.getResponse().getStatus()).isBetween(400, 499);
		MvcResult interpreter = mvc.perform(post("/matching/programmes/{id}/interpreters", programme).with(csrf())
			.with(fixtures.coordinator()).param("participantLanguage", value).param("buddyLanguage", "nl"))
			.andReturn();
		assertThat(interpreter.getResponse().getStatus()).isBetween(300, 499);
		assertThat(jdbc.sql("select count(*) from match_rule where programme_id = ?").param(programme)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from matching_interpreter where programme_id = ?").param(programme)
			.query(Long.class).single()).isZero();
	}

	@org.junit.jupiter.api.Test
	void validSettingsAreStoredAndAStaleFormIsToldItChangedMeanwhile() throws Exception {
		long programme = fixtures.newProgramme();
		var first = post("/matching/programmes/{id}/settings", programme).with(csrf())
			.with(fixtures.coordinator()).param("version", "-1").param("lang", "nl");
		SETTINGS.forEach(field -> first.param(field, "7"));
		assertThat(mvc.perform(first).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select max_distance_km from matching_settings where programme_id = ?").param(programme)
			.query(Integer.class).single()).isEqualTo(7);

		var stale = post("/matching/programmes/{id}/settings", programme).with(csrf())
			.with(fixtures.coordinator()).param("version", "-1").param("lang", "nl");
		SETTINGS.forEach(field -> stale.param(field, "9"));
		MvcResult result = mvc.perform(stale).andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("Iemand anders wijzigde deze instellingen intussen");
		assertThat(jdbc.sql("select max_distance_km from matching_settings where programme_id = ?").param(programme)
			.query(Integer.class).single()).isEqualTo(7);
	}

	private long openProposal() {
		long programme = fixtures.newProgramme();
		long enrolment = fixtures.buddy(programme, "9030", 1, "uk", null);
		long participant = fixtures.participant(programme, "9000", "uk", Today.on(clock).minusDays(5));
		return proposals.publish(programme, participant, enrolment, null,
				fixtures.coordinatorId()).proposalId();
	}
}
