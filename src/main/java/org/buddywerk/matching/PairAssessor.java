package org.buddywerk.matching;

import java.util.ArrayList;
import java.util.EnumSet;
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

/**
 * Judges one buddy for one participant: the hard rules that exclude the pair, its cost (the sum of weighed
 * shortcomings, never negative, as the engine needs), and the words that explain it. Written for many buddies
 * per participant: {@link #forParticipant} resolves the participant's side once.
 */
final class PairAssessor {

	/** A cost of this much lowers the 0–100 score shown to people by one point. */
	static final long SCORE_UNIT = 100;

	/** How many shared interests or common free moments make a pair "complete" on that preference. */
	private static final int ENOUGH_IN_COMMON = 3;

	private final MatchingContext context;

	PairAssessor(MatchingContext context) {
		this.context = context;
	}

	Side forParticipant(ParticipantProfile participant) {
		return new Side(participant);
	}

	static int score(long cost) {
		return (int) Math.max(0, 100 - cost / SCORE_UNIT);
	}

	/** The result for one pair: empty exclusions means eligible. */
	record Assessment(Set<Exclusion> exclusions, long cost, Double distanceKm) {

		boolean eligible() {
			return exclusions.isEmpty();
		}
	}

	/** The best way buddy and participant can talk: a shared language, or one through an interpreter. */
	record LanguageFit(String language, LanguageLevel level, String participantLanguage) {

		boolean viaInterpreter() {
			return participantLanguage != null;
		}
	}

	final class Side {

		private final ParticipantProfile participant;

		private final Coordinates place;

		private final String postalCode;

		/** Buddies share postal codes: each distance is worked out once per participant. */
		private final Map<String, Double> kilometres = new java.util.HashMap<>();

		Side(ParticipantProfile participant) {
			this.participant = participant;
			this.place = context.coordinates().get(participant.postalCode());
			this.postalCode = normalised(participant.postalCode());
		}

		/** How many of these the buddy also has; a loop, as this runs for every buddy of a programme. */
		private static <E> int inCommon(Set<E> mine, Set<E> theirs) {
			int count = 0;
			for (E value : mine) {
				if (theirs.contains(value)) {
					count++;
				}
			}
			return count;
		}

		Assessment assess(BuddyProfile buddy) {
			Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
			MatchingSettings settings = context.settings();
			if (buddy.status() != VolunteerStatus.AVAILABLE && buddy.status() != VolunteerStatus.MATCHED) {
				exclusions.add(Exclusion.BUDDY_NOT_AVAILABLE);
			}
			if (buddy.screeningExpired() || buddy.screeningValidUntil() == null
					|| buddy.screeningValidUntil().isBefore(context.today())) {
				exclusions.add(Exclusion.SCREENING_NOT_VALID);
			}
			if (context.loadOf(buddy.enrolmentId()) >= buddy.capacity()) {
				exclusions.add(Exclusion.NO_CAPACITY_LEFT);
			}
			if (!participant.matchingConsent()) {
				exclusions.add(Exclusion.NO_MATCHING_CONSENT);
			}
			if (participant.waitingSince() == null || context.busyParticipants().contains(participant.id())) {
				exclusions.add(Exclusion.NOT_WAITING);
			}
			LanguageFit language = languageFit(buddy);
			if (language == null) {
				exclusions.add(Exclusion.NO_SHARED_LANGUAGE);
			}
			Double km = distanceKm(buddy);
			if (km != null && km > Math.min(buddy.travelKm(), settings.getMaxDistanceKm())) {
				exclusions.add(Exclusion.TOO_FAR);
			}
			if (!genderFits(participant.buddyGender(), buddy.gender())) {
				exclusions.add(Exclusion.GENDER_PREFERENCE);
			}
			if (!buddy.boundaries().isEmpty() && inCommon(buddy.boundaries(), participant.needs().keySet()) > 0) {
				exclusions.add(Exclusion.BOUNDARY);
			}
			RuleKind rule = context.rules().isEmpty() ? null : context.ruleFor(participant.id(), buddy.enrolmentId());
			if (rule == RuleKind.DECLINED) {
				exclusions.add(Exclusion.DECLINED_BEFORE);
			}
			else if (rule == RuleKind.RULED_OUT) {
				exclusions.add(Exclusion.RULED_OUT);
			}
			return new Assessment(exclusions, cost(buddy, language, km), km);
		}

		/** The words for a pair, best first; the exclusions, if any, come first of all. */
		List<Reason> explain(BuddyProfile buddy, Assessment assessment) {
			List<Reason> reasons = new ArrayList<>();
			assessment.exclusions().forEach(e -> reasons.add(Reason.of("match.exclusion." + e.name())));
			LanguageFit language = languageFit(buddy);
			if (language != null && language.viaInterpreter()) {
				reasons.add(Reason.of("match.reason.interpreter", new Reason.Language(language.participantLanguage()),
						new Reason.Language(language.language())));
			}
			else if (language != null) {
				reasons.add(Reason.of("match.reason.language", new Reason.Language(language.language()), language.level()));
			}
			if (participant.buddyLanguage() != null && speaks(buddy, participant.buddyLanguage())
					&& (language == null || !participant.buddyLanguage().equals(language.language()))) {
				reasons.add(Reason.of("match.reason.preferredLanguage", new Reason.Language(participant.buddyLanguage())));
			}
			Double km = assessment.distanceKm();
			boolean samePostalCode = postalCode.equals(normalised(buddy.postalCode()));
			if (km != null && !(samePostalCode && km == 0)) {
				reasons.add(Reason.of("match.reason.distance", km));
			}
			else if (samePostalCode) {
				reasons.add(Reason.of("match.reason.samePostalCode"));
			}
			else {
				reasons.add(Reason.of("match.reason.distanceUnknown"));
			}
			List<LifeDomain> covered = participant.needs().keySet().stream().filter(buddy.domains()::contains).sorted().toList();
			if (!covered.isEmpty()) {
				reasons.add(Reason.of("match.reason.needs", covered));
			}
			List<LifeDomain> uncovered = participant.needs().keySet().stream()
				.filter(d -> !buddy.domains().contains(d)).sorted().toList();
			if (!uncovered.isEmpty()) {
				reasons.add(Reason.of("match.reason.needsUncovered", uncovered));
			}
			List<WeekSlot> together = participant.slots().stream().filter(buddy.slots()::contains).sorted()
				.limit(ENOUGH_IN_COMMON).toList();
			if (!together.isEmpty()) {
				reasons.add(Reason.of("match.reason.slots", together));
			}
			else if (!participant.slots().isEmpty()) {
				reasons.add(Reason.of("match.reason.noCommonTime"));
			}
			List<Interest> shared = participant.interests().stream().filter(buddy.interests()::contains).sorted().toList();
			if (!shared.isEmpty()) {
				reasons.add(Reason.of("match.reason.interests", shared));
			}
			return reasons;
		}

		private long cost(BuddyProfile buddy, LanguageFit language, Double km) {
			MatchingSettings s = context.settings();
			long cost = 0;
			if (km != null) {
				cost += Math.round(km * s.getWeightDistance());
			}
			else if (!postalCode.equals(normalised(buddy.postalCode()))) {
				// unknown places: as if half the programme's furthest distance, neither rewarded nor ruled out
				cost += (long) s.getWeightDistance() * s.getMaxDistanceKm() / 2;
			}
			for (Map.Entry<LifeDomain, Integer> need : participant.needs().entrySet()) {
				if (!buddy.domains().contains(need.getKey())) {
					// priority 1 is the most pressing need
					cost += (long) s.getWeightNeeds() * (4 - Math.max(1, Math.min(3, need.getValue())));
				}
			}
			if (!participant.interests().isEmpty()) {
				int shared = inCommon(participant.interests(), buddy.interests());
				cost += (long) s.getWeightInterests() * Math.max(0, Math.min(ENOUGH_IN_COMMON, participant.interests().size()) - shared);
			}
			if (!participant.slots().isEmpty()) {
				int together = inCommon(participant.slots(), buddy.slots());
				cost += (long) s.getWeightTime() * Math.max(0, Math.min(ENOUGH_IN_COMMON, participant.slots().size()) - together);
			}
			if (language != null) {
				// native: nothing; good: one step; through an interpreter: three
				cost += (long) s.getWeightLanguage() * (language.viaInterpreter() ? 3 : LanguageLevel.NATIVE.ordinal() - language.level().ordinal());
			}
			if (participant.buddyLanguage() != null && !speaks(buddy, participant.buddyLanguage())) {
				cost += s.getWeightLanguage();
			}
			return cost;
		}

		private Double distanceKm(BuddyProfile buddy) {
			if (place == null || buddy.postalCode() == null) {
				return null;
			}
			return kilometres.computeIfAbsent(buddy.postalCode(), code -> {
				Coordinates there = context.coordinates().get(code);
				return there == null ? null : Math.round(place.kilometresTo(there) * 10) / 10.0;
			});
		}

		private boolean closerToHome(SpokenLanguage candidate, String current) {
			LanguageLevel currentLevel = participant.languages().stream().filter(l -> l.language().equals(current))
				.map(SpokenLanguage::level).findFirst().orElse(LanguageLevel.BASIC);
			int byLevel = candidate.level().compareTo(currentLevel);
			return byLevel > 0 || byLevel == 0 && candidate.language().equals(participant.buddyLanguage());
		}

		/** Both speak it at least well; else a language pair the programme has an interpreter for. */
		private LanguageFit languageFit(BuddyProfile buddy) {
			LanguageFit best = null;
			for (SpokenLanguage mine : participant.languages()) {
				for (SpokenLanguage theirs : buddy.languages()) {
					if (mine.language().equals(theirs.language()) && usable(mine.level()) && usable(theirs.level())) {
						LanguageLevel lower = mine.level().compareTo(theirs.level()) < 0 ? mine.level() : theirs.level();
						// equally good for both: the participant's own best language, then the one they asked for
						if (best == null || lower.compareTo(best.level()) > 0
								|| lower == best.level() && closerToHome(mine, best.language())) {
							best = new LanguageFit(mine.language(), lower, null);
						}
					}
				}
			}
			if (best != null) {
				return best;
			}
			for (SpokenLanguage mine : participant.languages()) {
				for (SpokenLanguage theirs : buddy.languages()) {
					if (usable(mine.level()) && usable(theirs.level()) && context.interpreterPairs()
						.contains(MatchingContext.interpreterPair(mine.language(), theirs.language()))) {
						return new LanguageFit(theirs.language(), theirs.level(), mine.language());
					}
				}
			}
			return null;
		}
	}

	private static boolean usable(LanguageLevel level) {
		return level != null && level.compareTo(LanguageLevel.GOOD) >= 0;
	}

	private static boolean speaks(BuddyProfile buddy, String language) {
		for (SpokenLanguage spoken : buddy.languages()) {
			if (spoken.language().equals(language) && usable(spoken.level())) {
				return true;
			}
		}
		return false;
	}

	private static boolean genderFits(BuddyGender wish, Gender buddy) {
		return wish == null || wish == BuddyGender.NO_PREFERENCE
				|| (wish == BuddyGender.WOMAN && buddy == Gender.WOMAN) || (wish == BuddyGender.MAN && buddy == Gender.MAN);
	}

	static String normalised(String postalCode) {
		return postalCode == null ? "" : postalCode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}
}
