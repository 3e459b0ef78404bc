package org.buddywerk.matching;

import java.util.List;
import java.util.Locale;

import org.buddywerk.matching.CandidateRanking.Ranked;
import org.buddywerk.matching.CandidateRanking.Result;
import org.buddywerk.matching.MatchingData.Snapshot;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suggestions for one participant (the best ten eligible buddies) or one buddy (the best ten waiting
 * participants), each explained, plus the near misses with the one rule that excludes them.
 */
@Controller
class SuggestionPages {

	static final int BEST = 10;

	static final int NEAR_MISSES = 5;

	private final MatchingAccess access;

	private final MatchingData data;

	private final Explanations explanations;

	private final Proposals proposals;

	SuggestionPages(MatchingAccess access, MatchingData data, Explanations explanations, Proposals proposals) {
		this.access = access;
		this.data = data;
		this.explanations = explanations;
		this.proposals = proposals;
	}

	@GetMapping("/matching/participants/{id}")
	String forParticipant(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale,
			Model model) {
		ParticipantProfile participant = access.participantForCoordinator(id, person.accountId());
		Snapshot snapshot = data.forParticipant(participant);
		Result<BuddyProfile> result = CandidateRanking.buddiesFor(participant, snapshot.buddies(), snapshot.context(),
				BEST, NEAR_MISSES);
		PairAssessor.Side side = new PairAssessor(snapshot.context()).forParticipant(participant);
		model.addAttribute("participant", participant);
		model.addAttribute("blocked", result.sideExclusions().stream().map(e -> "match.exclusion." + e.name()).toList());
		java.util.function.Function<Ranked<BuddyProfile>, Row> row = r -> new Row(r.candidate().name(),
				"/matching/enrolments/" + r.candidate().enrolmentId(), participant.id(), r.candidate().enrolmentId(),
				PairAssessor.score(r.assessment().cost()),
				explanations.sentences(side.explain(r.candidate(), r.assessment()), locale));
		model.addAttribute("best", result.best().stream().map(row).toList());
		model.addAttribute("nearMisses", result.nearMisses().stream().map(row).toList());
		return "matching/participant-suggestions";
	}

	@GetMapping("/matching/enrolments/{id}")
	String forBuddy(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
		BuddyProfile buddy = access.buddyForCoordinator(id, person.accountId());
		Snapshot snapshot = data.of(buddy.programmeId());
		Result<ParticipantProfile> result = CandidateRanking.participantsFor(buddy, snapshot.participants(),
				snapshot.context(), BEST, NEAR_MISSES);
		PairAssessor assessor = new PairAssessor(snapshot.context());
		model.addAttribute("buddy", buddy);
		model.addAttribute("blocked", result.sideExclusions().stream().map(e -> "match.exclusion." + e.name()).toList());
		java.util.function.Function<Ranked<ParticipantProfile>, Row> row = r -> new Row(r.candidate().firstName(),
				"/matching/participants/" + r.candidate().id(), r.candidate().id(), buddy.enrolmentId(),
				PairAssessor.score(r.assessment().cost()),
				explanations.sentences(assessor.forParticipant(r.candidate()).explain(buddy, r.assessment()), locale));
		model.addAttribute("best", result.best().stream().map(row).toList());
		model.addAttribute("nearMisses", result.nearMisses().stream().map(row).toList());
		return "matching/buddy-suggestions";
	}

	/** Publishes one suggested pair straight away. */
	@PostMapping("/matching/participants/{id}/proposals")
	String propose(@PathVariable long id, @RequestParam long enrolment, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		ParticipantProfile participant = access.participantForCoordinator(id, person.accountId());
		access.buddyForCoordinator(enrolment, person.accountId());
		Proposals.Outcome outcome = proposals.publish(participant.programmeId(), id, enrolment, null, person.accountId());
		if (outcome.published()) {
			return "redirect:/matching/proposals/" + outcome.proposalId();
		}
		redirect.addFlashAttribute("refused", outcome.refusedFor().stream().map(e -> "match.exclusion." + e.name()).toList());
		return "redirect:/matching/participants/" + id;
	}

	/** One suggested candidate as both pages show it: who, where to read more, and the pair to propose. */
	record Row(String name, String link, long participantId, long enrolmentId, int score, List<String> explanation) {
	}
}
