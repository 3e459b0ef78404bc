package org.buddywerk.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.MatchingContext.PairKey;
import org.buddywerk.matching.PairAssessor.Assessment;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.participants.BuddyGender;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.volunteers.BuddyProfile;
import org.buddywerk.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hard rule, once excluding and once allowing a pair; and the direction of every soft preference. */
class PairAssessorTest {

	private final ParticipantProfile oksana = Pairs.participant(1);

	private final BuddyProfile eva = Pairs.buddy(1);

	private static Assessment assess(ParticipantProfile p, BuddyProfile b, MatchingContext context) {
		return new PairAssessor(context).forParticipant(p).assess(b);
	}

	private static Assessment assess(ParticipantProfile p, BuddyProfile b) {
		return assess(p, b, Pairs.context());
	}

	@Test
	void theBasePairMeetsEveryRule() {
		Assessment assessment = assess(oksana, eva);
		assertThat(assessment.exclusions()).isEmpty();
		assertThat(assessment.distanceKm()).isBetween(4.0, 6.0);
	}

	@Test
	void aBuddyWhoIsNotAvailableOrMatchedIsExcluded() {
		assertThat(assess(oksana, withStatus(eva, VolunteerStatus.PAUSED)).exclusions()).containsExactly(Exclusion.BUDDY_NOT_AVAILABLE);
		assertThat(assess(oksana, withStatus(eva, VolunteerStatus.TRAINED)).exclusions()).containsExactly(Exclusion.BUDDY_NOT_AVAILABLE);
		assertThat(assess(oksana, withStatus(eva, VolunteerStatus.MATCHED)).exclusions()).isEmpty();
	}

	@Test
	void aScreeningThatExpiredOrIsMissingExcludes() {
		assertThat(assess(oksana, withScreening(eva, Pairs.TODAY.minusDays(1), false)).exclusions())
			.containsExactly(Exclusion.SCREENING_NOT_VALID);
		assertThat(assess(oksana, withScreening(eva, null, false)).exclusions()).containsExactly(Exclusion.SCREENING_NOT_VALID);
		assertThat(assess(oksana, withScreening(eva, Pairs.TODAY.plusDays(5), true)).exclusions())
			.containsExactly(Exclusion.SCREENING_NOT_VALID);
		assertThat(assess(oksana, withScreening(eva, Pairs.TODAY, false)).exclusions()).isEmpty();
	}

	@Test
	void aBuddyWithoutCapacityLeftIsExcluded() {
		assertThat(assess(oksana, eva, Pairs.context(Set.of(), Map.of(1L, 1), Map.of())).exclusions())
			.containsExactly(Exclusion.NO_CAPACITY_LEFT);
		BuddyProfile two = new BuddyProfile(1, 1, 1, 201L, "B1", VolunteerStatus.MATCHED, Pairs.TODAY.plusYears(1), false,
				2, "9030", 10, Gender.WOMAN, eva.languages(), eva.domains(), eva.boundaries(), eva.interests(), eva.slots(), null);
		assertThat(assess(oksana, two, Pairs.context(Set.of(), Map.of(1L, 1), Map.of())).exclusions()).isEmpty();
	}

	@Test
	void aParticipantWithoutMatchingConsentIsExcluded() {
		ParticipantProfile noConsent = new ParticipantProfile(1, 1, "P", "9000", oksana.languages(), null, oksana.needs(),
				oksana.interests(), oksana.slots(), BuddyGender.NO_PREFERENCE, Pairs.TODAY.minusDays(3), false, 100, null);
		assertThat(assess(noConsent, eva).exclusions()).containsExactly(Exclusion.NO_MATCHING_CONSENT);
	}

	@Test
	void aParticipantWhoIsNotWaitingOrAlreadyInAProposalIsExcluded() {
		ParticipantProfile matched = new ParticipantProfile(1, 1, "P", "9000", oksana.languages(), null, oksana.needs(),
				oksana.interests(), oksana.slots(), BuddyGender.NO_PREFERENCE, null, true, 100, null);
		assertThat(assess(matched, eva).exclusions()).containsExactly(Exclusion.NOT_WAITING);
		assertThat(assess(oksana, eva, Pairs.busy(1)).exclusions()).containsExactly(Exclusion.NOT_WAITING);
	}

	@Test
	void noLanguageSpokenWellByBothExcludesUnlessTheProgrammeHasAnInterpreterForThePair() {
		BuddyProfile dutchOnly = withLanguages(eva, List.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)));
		// Oksana's Dutch is basic: not enough to talk without help
		assertThat(assess(oksana, dutchOnly).exclusions()).containsExactly(Exclusion.NO_SHARED_LANGUAGE);
		MatchingContext interpreter = Pairs.context(Set.of(MatchingContext.interpreterPair("uk", "nl")), Map.of(), Map.of());
		assertThat(assess(oksana, dutchOnly, interpreter).exclusions()).isEmpty();
		MatchingContext otherWay = Pairs.context(Set.of(MatchingContext.interpreterPair("nl", "uk")), Map.of(), Map.of());
		assertThat(assess(oksana, dutchOnly, otherWay).exclusions()).containsExactly(Exclusion.NO_SHARED_LANGUAGE);
	}

	@Test
	void aBuddyFurtherThanTheirOwnOrTheProgrammesMaximumIsExcluded() {
		BuddyProfile antwerp = withPlace(eva, "2000", 100);
		assertThat(assess(oksana, antwerp).exclusions()).containsExactly(Exclusion.TOO_FAR);
		BuddyProfile staysHome = withPlace(eva, "9030", 2);
		assertThat(assess(oksana, staysHome).exclusions()).containsExactly(Exclusion.TOO_FAR);
		assertThat(assess(oksana, withPlace(eva, "9030", 15)).exclusions()).isEmpty();
	}

	@Test
	void unknownPostalCodesFallBackToSamePostalCodeOrNot() {
		ParticipantProfile unknown = withPostalCode(oksana, "9999");
		assertThat(assess(unknown, withPlace(eva, "9999", 1)).exclusions()).isEmpty();
		assertThat(assess(unknown, withPlace(eva, "9999", 1)).cost())
			.isLessThan(assess(unknown, withPlace(eva, "9998", 1)).cost());
		assertThat(assess(unknown, withPlace(eva, "9998", 1)).distanceKm()).isNull();
	}

	@Test
	void theGenderPreferenceIsMet() {
		ParticipantProfile wantsAMan = withGenderWish(oksana, BuddyGender.MAN);
		assertThat(assess(wantsAMan, eva).exclusions()).containsExactly(Exclusion.GENDER_PREFERENCE);
		assertThat(assess(wantsAMan, withGender(eva, null)).exclusions()).containsExactly(Exclusion.GENDER_PREFERENCE);
		assertThat(assess(wantsAMan, withGender(eva, Gender.MAN)).exclusions()).isEmpty();
		assertThat(assess(withGenderWish(oksana, BuddyGender.WOMAN), eva).exclusions()).isEmpty();
		assertThat(assess(oksana, withGender(eva, Gender.X)).exclusions()).isEmpty();
	}

	@Test
	void aBuddyWhoseBoundariesExcludeANeedIsExcluded() {
		assertThat(assess(oksana, withBoundaries(eva, EnumSet.of(LifeDomain.HOUSING))).exclusions())
			.containsExactly(Exclusion.BOUNDARY);
		assertThat(assess(oksana, withBoundaries(eva, EnumSet.of(LifeDomain.FINANCES))).exclusions()).isEmpty();
	}

	@Test
	void aPairThatDeclinedBeforeOrWasRuledOutIsExcludedAndALockDoesNotExclude() {
		PairKey pair = new PairKey(1, 1);
		assertThat(assess(oksana, eva, Pairs.context(Set.of(), Map.of(), Map.of(pair, RuleKind.DECLINED))).exclusions())
			.containsExactly(Exclusion.DECLINED_BEFORE);
		assertThat(assess(oksana, eva, Pairs.context(Set.of(), Map.of(), Map.of(pair, RuleKind.RULED_OUT))).exclusions())
			.containsExactly(Exclusion.RULED_OUT);
		assertThat(assess(oksana, eva, Pairs.context(Set.of(), Map.of(), Map.of(pair, RuleKind.LOCKED))).exclusions())
			.isEmpty();
		assertThat(assess(oksana, eva, Pairs.context(Set.of(), Map.of(), Map.of(new PairKey(2, 1), RuleKind.RULED_OUT)))
			.exclusions()).isEmpty();
	}

	@Test
	void closerIsCheaper() {
		assertThat(assess(oksana, withPlace(eva, "9000", 10)).cost()).isLessThan(assess(oksana, eva).cost());
	}

	@Test
	void helpingWithMoreNeedsIsCheaperAndTheMostPressingNeedWeighsMost() {
		BuddyProfile housingOnly = withDomains(eva, EnumSet.of(LifeDomain.HOUSING));
		BuddyProfile schoolOnly = withDomains(eva, EnumSet.of(LifeDomain.EDUCATION));
		assertThat(assess(oksana, eva).cost()).isLessThan(assess(oksana, housingOnly).cost());
		assertThat(assess(oksana, housingOnly).cost()).isLessThan(assess(oksana, schoolOnly).cost());
	}

	@Test
	void sharedInterestsAndFreeTimeInCommonAreCheaper() {
		BuddyProfile nothingShared = new BuddyProfile(1, 1, 1, 201L, "B1", VolunteerStatus.AVAILABLE, Pairs.TODAY.plusYears(1),
				false, 1, "9030", 10, Gender.WOMAN, eva.languages(), eva.domains(), eva.boundaries(),
				EnumSet.noneOf(org.buddywerk.platform.Interest.class), EnumSet.of(org.buddywerk.platform.WeekSlot.MONDAY_MORNING), null);
		assertThat(assess(oksana, eva).cost()).isLessThan(assess(oksana, nothingShared).cost());
	}

	@Test
	void aNativeSpeakerIsCheaperThanAGoodOneAndAnInterpreterCostsMost() {
		BuddyProfile good = withLanguages(eva, List.of(new SpokenLanguage("uk", LanguageLevel.GOOD)));
		BuddyProfile dutchOnly = withLanguages(eva, List.of(new SpokenLanguage("nl", LanguageLevel.NATIVE)));
		MatchingContext interpreter = Pairs.context(Set.of(MatchingContext.interpreterPair("uk", "nl")), Map.of(), Map.of());
		long nativeCost = assess(oksana, eva, interpreter).cost();
		long goodCost = assess(oksana, good, interpreter).cost();
		long interpreterCost = assess(oksana, dutchOnly, interpreter).cost();
		assertThat(nativeCost).isLessThan(goodCost);
		assertThat(goodCost).isLessThan(interpreterCost);
	}

	@Test
	void theExplanationNamesTheParticipantsOwnLanguageWhenTwoLanguagesAreEquallyGood() {
		ParticipantProfile ukrainian = new ParticipantProfile(1, 1, "P", "9000", List.of(new SpokenLanguage("en",
				LanguageLevel.GOOD), new SpokenLanguage("uk", LanguageLevel.NATIVE)), null, oksana.needs(),
				oksana.interests(), oksana.slots(), BuddyGender.NO_PREFERENCE, Pairs.TODAY.minusDays(3), true, 100, null);
		BuddyProfile both = withLanguages(eva, List.of(new SpokenLanguage("en", LanguageLevel.GOOD),
				new SpokenLanguage("uk", LanguageLevel.GOOD)));
		PairAssessor.Side side = new PairAssessor(Pairs.context()).forParticipant(ukrainian);
		assertThat(side.explain(both, side.assess(both)).get(0))
			.isEqualTo(Reason.of("match.reason.language", new Reason.Language("uk"), LanguageLevel.GOOD));
	}

	@Test
	void theSamePostalCodeIsSaidInWordsRatherThanAsNoughtKilometres() {
		BuddyProfile neighbour = withPlace(eva, "9000", 10);
		PairAssessor.Side side = new PairAssessor(Pairs.context()).forParticipant(oksana);
		assertThat(side.explain(neighbour, side.assess(neighbour))).contains(Reason.of("match.reason.samePostalCode"))
			.noneMatch(r -> r.key().equals("match.reason.distance"));
	}

	@Test
	void costsAreNeverNegativeAndTheScoreStaysBetweenZeroAndHundred() {
		assertThat(assess(oksana, eva).cost()).isNotNegative();
		assertThat(PairAssessor.score(0)).isEqualTo(100);
		assertThat(PairAssessor.score(1_000_000)).isZero();
	}

	private static BuddyProfile withStatus(BuddyProfile b, VolunteerStatus status) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), status,
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), b.postalCode(), b.travelKm(), b.gender(),
				b.languages(), b.domains(), b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withScreening(BuddyProfile b, java.time.LocalDate until, boolean expired) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				until, expired, b.capacity(), b.postalCode(), b.travelKm(), b.gender(), b.languages(), b.domains(),
				b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withLanguages(BuddyProfile b, List<SpokenLanguage> languages) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), b.postalCode(), b.travelKm(), b.gender(),
				languages, b.domains(), b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withPlace(BuddyProfile b, String postalCode, int travelKm) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), postalCode, travelKm, b.gender(),
				b.languages(), b.domains(), b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withGender(BuddyProfile b, Gender gender) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), b.postalCode(), b.travelKm(), gender,
				b.languages(), b.domains(), b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withBoundaries(BuddyProfile b, EnumSet<LifeDomain> boundaries) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), b.postalCode(), b.travelKm(), b.gender(),
				b.languages(), b.domains(), boundaries, b.interests(), b.slots(), b.coachAccountId());
	}

	private static BuddyProfile withDomains(BuddyProfile b, EnumSet<LifeDomain> domains) {
		return new BuddyProfile(b.enrolmentId(), b.volunteerId(), b.programmeId(), b.accountId(), b.name(), b.status(),
				b.screeningValidUntil(), b.screeningExpired(), b.capacity(), b.postalCode(), b.travelKm(), b.gender(),
				b.languages(), domains, b.boundaries(), b.interests(), b.slots(), b.coachAccountId());
	}

	private static ParticipantProfile withPostalCode(ParticipantProfile p, String postalCode) {
		return new ParticipantProfile(p.id(), p.programmeId(), p.firstName(), postalCode, p.languages(), p.buddyLanguage(),
				p.needs(), p.interests(), p.slots(), p.buddyGender(), p.waitingSince(), p.matchingConsent(),
				p.contactProfessionalId(), p.accountId());
	}

	private static ParticipantProfile withGenderWish(ParticipantProfile p, BuddyGender wish) {
		return new ParticipantProfile(p.id(), p.programmeId(), p.firstName(), p.postalCode(), p.languages(),
				p.buddyLanguage(), p.needs(), p.interests(), p.slots(), wish, p.waitingSince(), p.matchingConsent(),
				p.contactProfessionalId(), p.accountId());
	}
}
