package org.buddywerk.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.geo.Coordinates;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.participants.BuddyGender;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.volunteers.BuddyProfile;
import org.buddywerk.volunteers.VolunteerStatus;

/** Profiles and contexts for matching tests without a database: one pair that meets every rule, to vary. */
final class Pairs {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final Map<String, Coordinates> GENT = Map.of(
			"9000", new Coordinates(51.0543, 3.7174),   // Gent centre
			"9030", new Coordinates(51.0731, 3.6565),   // Mariakerke
			"9050", new Coordinates(51.0300, 3.7600),   // Gentbrugge
			"2000", new Coordinates(51.2199, 4.4035));  // Antwerpen, about 50 km away

	private Pairs() {
	}

	static ParticipantProfile participant(long id) {
		return new ParticipantProfile(id, 1, "P" + id, "9000",
				List.of(new SpokenLanguage("uk", LanguageLevel.NATIVE), new SpokenLanguage("nl", LanguageLevel.BASIC)),
				null, Map.of(LifeDomain.HOUSING, 1, LifeDomain.EDUCATION, 2), EnumSet.of(Interest.COOKING, Interest.MUSIC),
				EnumSet.of(WeekSlot.WEDNESDAY_EVENING, WeekSlot.SATURDAY_MORNING), BuddyGender.NO_PREFERENCE,
				TODAY.minusDays(30), true, 100, null);
	}

	static BuddyProfile buddy(long enrolmentId) {
		return new BuddyProfile(enrolmentId, enrolmentId, 1, 200 + enrolmentId, "B" + enrolmentId,
				VolunteerStatus.AVAILABLE, TODAY.plusYears(2), false, 1, "9030", 10, Gender.WOMAN,
				List.of(new SpokenLanguage("uk", LanguageLevel.NATIVE), new SpokenLanguage("nl", LanguageLevel.NATIVE)),
				EnumSet.of(LifeDomain.HOUSING, LifeDomain.EDUCATION), EnumSet.noneOf(LifeDomain.class),
				EnumSet.of(Interest.COOKING), EnumSet.of(WeekSlot.WEDNESDAY_EVENING), null);
	}

	static MatchingContext context() {
		return context(Set.of(), Map.of(), Map.of());
	}

	static MatchingContext context(Set<String> interpreters, Map<Long, Integer> load,
			Map<MatchingContext.PairKey, RuleKind> rules) {
		return new MatchingContext(new MatchingSettings(1), interpreters, TODAY, GENT, new HashMap<>(load),
				new HashMap<>(rules), Set.of());
	}

	static MatchingContext busy(long participantId) {
		return new MatchingContext(new MatchingSettings(1), Set.of(), TODAY, GENT, Map.of(), Map.of(),
				Set.of(participantId));
	}
}
