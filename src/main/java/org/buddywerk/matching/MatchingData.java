package org.buddywerk.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.geo.PostalCodes;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.Today;
import org.buddywerk.trajectories.Trajectories;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads everything matching needs about one programme in a constant number of queries. */
@Component
@Transactional(readOnly = true)
class MatchingData {

	private final Participants participants;

	private final Buddies buddies;

	private final Trajectories trajectories;

	private final PostalCodes postalCodes;

	private final MatchingSettingsRepository settings;

	private final MatchProposalRepository proposals;

	private final MatchRules rules;

	private final Interpreters interpreters;

	private final Clock clock;

	MatchingData(Participants participants, Buddies buddies, Trajectories trajectories, PostalCodes postalCodes,
			MatchingSettingsRepository settings, MatchProposalRepository proposals, MatchRules rules,
			Interpreters interpreters, Clock clock) {
		this.participants = participants;
		this.buddies = buddies;
		this.trajectories = trajectories;
		this.postalCodes = postalCodes;
		this.settings = settings;
		this.proposals = proposals;
		this.rules = rules;
		this.interpreters = interpreters;
		this.clock = clock;
	}

	/** A programme's waiting participants and candidate buddies, with the context to judge them. */
	record Snapshot(MatchingContext context, List<ParticipantProfile> participants, List<BuddyProfile> buddies) {
	}

	MatchingSettings settingsOf(long programmeId) {
		return settings.findById(programmeId).orElseGet(() -> new MatchingSettings(programmeId));
	}

	Snapshot of(long programmeId) {
		return of(programmeId, participants.waitingIn(programmeId));
	}

	/** The snapshot for one participant, waiting or not (a page may ask about someone already matched). */
	Snapshot forParticipant(ParticipantProfile participant) {
		return of(participant.programmeId(), List.of(participant));
	}

	private Snapshot of(long programmeId, List<ParticipantProfile> waiting) {
		List<BuddyProfile> candidates = buddies.candidatesIn(programmeId);
		Set<String> codes = new HashSet<>();
		waiting.forEach(p -> codes.add(p.postalCode()));
		candidates.forEach(b -> codes.add(b.postalCode()));
		List<Long> enrolmentIds = candidates.stream().map(BuddyProfile::enrolmentId).toList();
		Map<Long, Integer> load = new HashMap<>(trajectories.activeCountPerEnrolment(enrolmentIds));
		if (!enrolmentIds.isEmpty()) {
			proposals.openCountPerEnrolment(enrolmentIds)
				.forEach(row -> load.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum));
		}
		MatchingContext context = new MatchingContext(settingsOf(programmeId), interpreters.pairsOf(programmeId),
				Today.on(clock), postalCodes.locate(codes), load, rules.inProgramme(programmeId),
				new HashSet<>(proposals.participantsWithOpenProposal(programmeId)));
		return new Snapshot(context, new ArrayList<>(waiting), candidates);
	}
}
