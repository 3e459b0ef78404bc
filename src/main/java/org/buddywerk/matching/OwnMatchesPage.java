package org.buddywerk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.buddywerk.matching.MatchingAccess.Part;
import org.buddywerk.matching.MatchingAccess.Reached;
import org.buddywerk.matching.Proposals.AnswerSide;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.volunteers.Buddies;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buddy's or a participant's own proposals: who they will meet (first name, languages, what it is about — no
 * contact details before both said yes), the introduction, and their own yes or no after meeting.
 */
@Controller
class OwnMatchesPage {

	private final MatchingAccess access;

	private final Proposals proposals;

	private final MatchProposalRepository repository;

	private final ProposalViews views;

	private final Participants participants;

	private final Buddies buddies;

	OwnMatchesPage(MatchingAccess access, Proposals proposals, MatchProposalRepository repository, ProposalViews views,
			Participants participants, Buddies buddies) {
		this.access = access;
		this.proposals = proposals;
		this.repository = repository;
		this.views = views;
		this.participants = participants;
		this.buddies = buddies;
	}

	@GetMapping("/me/matches")
	String own(@AuthenticationPrincipal SignedInPerson person, java.util.Locale locale, Model model) {
		long me = person.accountId();
		List<Own> rows = new ArrayList<>();
		List<Long> enrolments = buddies.enrolmentsOfAccount(me);
		if (!enrolments.isEmpty()) {
			own(repository.findByEnrolmentIdInOrderByPublishedAtDesc(enrolments), "BUDDY", rows);
		}
		participants.participantOfAccount(me)
			.ifPresent(id -> own(repository.findByParticipantIdInOrderByPublishedAtDesc(List.of(id)), "PARTICIPANT", rows));
		model.addAttribute("rows", rows);
		model.addAttribute("maxReason", ProposalPages.MAX_REASON);
		model.addAttribute("languageNames", org.buddywerk.platform.SpokenLanguages.names(locale));
		return "matching/own";
	}

	/** My side is the list the proposal came from; the participant's basic facts are read once per person. */
	private void own(List<MatchProposal> proposals, String side, List<Own> rows) {
		Map<Long, Optional<ParticipantProfile>> profiles = new HashMap<>();
		views.rows(proposals.stream().filter(p -> p.getStatus() != ProposalStatus.WITHDRAWN).toList())
			.forEach(row -> rows.add(new Own(row, side, profiles
				.computeIfAbsent(row.participantId(), participants::profile).orElse(null))));
	}

	@PostMapping("/me/matches/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		Reached reached = access.proposal(id, person.accountId());
		AnswerSide side;
		if (reached.parts().contains(Part.BUDDY)) {
			side = AnswerSide.BUDDY;
		}
		else if (reached.parts().contains(Part.PARTICIPANT)) {
			side = AnswerSide.PARTICIPANT;
		}
		else {
			throw new NotFoundException();
		}
		return record(proposals, id, side, answer, reason, person.accountId(), redirect, "redirect:/me/matches");
	}

	/** Validates and records an answer; a no needs a reason. Shared by the own page and the professional's. */
	static String record(Proposals proposals, long id, AnswerSide side, String answer, String reason, long actor,
			RedirectAttributes redirect, String back) {
		Answer chosen = "YES".equals(answer) ? Answer.YES : "NO".equals(answer) ? Answer.NO : null;
		String why = reason.strip();
		if (chosen == null || (chosen == Answer.NO && why.isEmpty()) || why.length() > ProposalPages.MAX_REASON
				|| why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			redirect.addFlashAttribute("answerError", id);
			return back;
		}
		try {
			ProposalStatus status = proposals.answer(id, side, chosen, why.isEmpty() ? null : why, actor);
			redirect.addFlashAttribute("answered", status.name());
		}
		catch (ProposalClosedException closed) {
			redirect.addFlashAttribute("notAnswerable", id);
		}
		return back;
	}

	/** One of my proposals; the participant's basic facts (first name, languages, needs) as §4 allows. */
	record Own(ProposalViews.Row row, String mySide, ParticipantProfile participant) {
	}
}
