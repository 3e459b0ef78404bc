package org.buddywerk.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.buddywerk.matching.MatchingAccess.Part;
import org.buddywerk.matching.MatchingAccess.Reached;
import org.buddywerk.matching.Proposals.AnswerSide;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.Today;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A proposal as coordinator and professional work with it: plan the introduction, record the participant's
 * answer (the professional), withdraw (the coordinator). The reason for a no is for coordinators only.
 */
@Controller
class ProposalPages {

	static final int MAX_PLACE = 300;

	static final int MAX_REASON = 1000;

	private final MatchingAccess access;

	private final Proposals proposals;

	private final MatchProposalRepository repository;

	private final ProposalViews views;

	private final Participants participants;

	private final Buddies buddies;

	ProposalPages(MatchingAccess access, Proposals proposals, MatchProposalRepository repository, ProposalViews views,
			Participants participants, Buddies buddies) {
		this.access = access;
		this.proposals = proposals;
		this.repository = repository;
		this.views = views;
		this.participants = participants;
		this.buddies = buddies;
	}

	@GetMapping("/matching/proposals")
	String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
		long me = person.accountId();
		Set<Long> coordinated = access.coordinatedProgrammes(me);
		List<MatchProposal> shown = new ArrayList<>(
				repository.findByProgrammeIdInAndStatusOrderByPublishedAtAsc(withNone(coordinated), ProposalStatus.OPEN));
		// a professional's own participants, in the programmes of the organisations they work for
		repository.findByProgrammeIdInAndStatusOrderByPublishedAtAsc(withNone(access.professionalProgrammes(me)),
				ProposalStatus.OPEN)
			.stream()
			.filter(p -> !coordinated.contains(p.getProgrammeId()) && participants.isProfessionalOf(p.getParticipantId(), me))
			.forEach(shown::add);
		model.addAttribute("rows", views.rows(shown));
		return "matching/proposals";
	}

	@GetMapping("/matching/proposals/{id}")
	String proposal(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
		Reached reached = access.proposal(id, person.accountId());
		if (!reached.parts().contains(Part.COORDINATOR) && !reached.parts().contains(Part.PROFESSIONAL)) {
			return "redirect:/me/matches";
		}
		MatchProposal proposal = reached.proposal();
		ParticipantProfile participant = participants.profile(proposal.getParticipantId())
			.orElseThrow(org.buddywerk.platform.NotFoundException::new);
		BuddyProfile buddy = buddies.profile(proposal.getEnrolmentId()).orElseThrow(org.buddywerk.platform.NotFoundException::new);
		model.addAttribute("row", views.row(proposal));
		model.addAttribute("participant", participant);
		model.addAttribute("buddy", buddy);
		model.addAttribute("coordinator", reached.parts().contains(Part.COORDINATOR));
		model.addAttribute("professional", reached.parts().contains(Part.PROFESSIONAL));
		model.addAttribute("declineReason",
				reached.parts().contains(Part.COORDINATOR) ? proposal.getDeclineReason() : null);
		model.addAttribute("declinedBy", proposal.getDeclinedBySide());
		model.addAttribute("professionalAttends", proposal.isProfessionalAttends());
		model.addAttribute("coachAttends", proposal.isCoachAttends());
		model.addAttribute("maxPlace", MAX_PLACE);
		model.addAttribute("maxReason", MAX_REASON);
		return "matching/proposal";
	}

	@PostMapping("/matching/proposals/{id}/introduction")
	String plan(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "false") boolean professionalAttends,
			@RequestParam(defaultValue = "false") boolean coachAttends, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		Reached reached = access.proposal(id, person.accountId());
		requireCoordinator(reached);
		String trimmed = place.strip();
		if (date == null || time == null || trimmed.isEmpty() || trimmed.length() > MAX_PLACE
				|| trimmed.chars().anyMatch(Character::isISOControl)) {
			redirect.addFlashAttribute("introductionError", true);
			return "redirect:/matching/proposals/" + id;
		}
		proposals.planIntroduction(id, date.atTime(time).atZone(Today.ZONE).toInstant(), trimmed, professionalAttends,
				coachAttends);
		redirect.addFlashAttribute("introductionPlanned", true);
		return "redirect:/matching/proposals/" + id;
	}

	@PostMapping("/matching/proposals/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
		requireCoordinator(access.proposal(id, person.accountId()));
		proposals.withdraw(id);
		return "redirect:/matching/proposals/" + id;
	}

	/** The participant's answer, recorded by their professional. */
	@PostMapping("/matching/proposals/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		Reached reached = access.proposal(id, person.accountId());
		if (!reached.parts().contains(Part.PROFESSIONAL)) {
			throw new org.buddywerk.platform.NotFoundException();
		}
		return OwnMatchesPage.record(proposals, id, AnswerSide.PARTICIPANT, answer, reason, person.accountId(), redirect,
				"redirect:/matching/proposals/" + id);
	}

	private static void requireCoordinator(Reached reached) {
		if (!reached.parts().contains(Part.COORDINATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("coordinators only");
		}
	}

	private static List<Long> withNone(Set<Long> ids) {
		List<Long> list = new ArrayList<>(ids);
		list.add(-1L);
		return list;
	}
}
