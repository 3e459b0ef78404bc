package org.buddywerk.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.geo.Coordinates;

/**
 * What the rules need besides the two profiles, read once per programme: its settings and interpreters, today,
 * the postal codes' coordinates, how many participants each buddy already has (open proposals and active
 * trajectories), the coordinators' locks and exclusions, and the participants already in a proposal.
 */
record MatchingContext(MatchingSettings settings, Set<String> interpreterPairs, LocalDate today,
		Map<String, Coordinates> coordinates, Map<Long, Integer> load, Map<PairKey, RuleKind> rules,
		Set<Long> busyParticipants) {

	record PairKey(long participantId, long enrolmentId) {
	}

	static String interpreterPair(String participantLanguage, String buddyLanguage) {
		return participantLanguage + ">" + buddyLanguage;
	}

	int loadOf(long enrolmentId) {
		return load.getOrDefault(enrolmentId, 0);
	}

	RuleKind ruleFor(long participantId, long enrolmentId) {
		return rules.get(new PairKey(participantId, enrolmentId));
	}
}
