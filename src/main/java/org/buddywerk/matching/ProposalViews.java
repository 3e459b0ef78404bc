package org.buddywerk.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.stereotype.Component;

/** Proposals as lists show them: first name of the participant, name of the buddy, where it stands. */
@Component
class ProposalViews {

	private final Participants participants;

	private final Buddies buddies;

	private final MatchingData data;

	private final Clock clock;

	ProposalViews(Participants participants, Buddies buddies, MatchingData data, Clock clock) {
		this.participants = participants;
		this.buddies = buddies;
		this.data = data;
		this.clock = clock;
	}

	record Row(long id, long participantId, long enrolmentId, String participant, String buddy, String status,
			Instant publishedAt, Instant introductionAt, String introductionPlace, String buddyAnswer,
			String participantAnswer, boolean flagged, boolean answerable) {
	}

	List<Row> rows(List<MatchProposal> proposals) {
		Map<Long, Integer> answerDays = new HashMap<>();
		return proposals.stream()
			.map(p -> row(p, answerDays.computeIfAbsent(p.getProgrammeId(), id -> data.settingsOf(id).getAnswerDays())))
			.toList();
	}

	Row row(MatchProposal p) {
		return row(p, data.settingsOf(p.getProgrammeId()).getAnswerDays());
	}

	private Row row(MatchProposal p, int answerDays) {
		Instant now = clock.instant();
		String participant = participants.profile(p.getParticipantId()).map(ParticipantProfile::firstName).orElse("");
		String buddy = buddies.profile(p.getEnrolmentId()).map(BuddyProfile::name).orElse("");
		return new Row(p.getId(), p.getParticipantId(), p.getEnrolmentId(), participant, buddy, p.getStatus().name(),
				p.getPublishedAt(), p.getIntroductionAt(), p.getIntroductionPlace(), name(p.getBuddyAnswer()),
				name(p.getParticipantAnswer()), p.unansweredAfter(answerDays, now), p.answerable(now));
	}

	private static String name(Answer answer) {
		return answer == null ? null : answer.name();
	}
}
