package org.buddywerk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.buddywerk.matching.MatchRuns.RunPair;
import org.buddywerk.matching.MatchingData.Snapshot;
import org.buddywerk.matching.PairAssessor.Assessment;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.platform.NotFoundException;
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
 * The coordinator's matching desk per programme: run "propose pairs", review the proposal with its
 * explanations, lock or rule out pairs, run again, publish the chosen pairs.
 */
@Controller
class MatchingPages {

	private final MatchingAccess access;

	private final MatchingData data;

	private final MatchRuns runs;

	private final MatchRunRepository runRepository;

	private final MatchRules rules;

	private final Proposals proposals;

	private final MatchProposalRepository proposalRepository;

	private final ProposalViews views;

	private final Explanations explanations;

	private final java.time.Clock clock;

	MatchingPages(MatchingAccess access, MatchingData data, MatchRuns runs, MatchRunRepository runRepository,
			MatchRules rules, Proposals proposals, MatchProposalRepository proposalRepository, ProposalViews views,
			Explanations explanations, java.time.Clock clock) {
		this.clock = clock;
		this.access = access;
		this.data = data;
		this.runs = runs;
		this.runRepository = runRepository;
		this.rules = rules;
		this.proposals = proposals;
		this.proposalRepository = proposalRepository;
		this.views = views;
		this.explanations = explanations;
	}

	@GetMapping("/matching")
	String programmes(@AuthenticationPrincipal SignedInPerson person, Model model) {
		List<ProgrammeView> programmes = access.programmesCoordinatedBy(person.accountId());
		if (programmes.size() == 1) {
			return "redirect:/matching/programmes/" + programmes.get(0).id();
		}
		model.addAttribute("programmes", programmes);
		return "matching/programmes";
	}

	@GetMapping("/matching/programmes/{id}")
	String programme(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		ProgrammeView programme = access.programme(id, person.accountId());
		model.addAttribute("programme", programme);
		model.addAttribute("runs", runRepository.findTop10ByProgrammeIdOrderByStartedAtDesc(id));
		model.addAttribute("open", views.rows(proposalRepository
			.findByProgrammeIdInAndStatusOrderByPublishedAtAsc(List.of(id), ProposalStatus.OPEN)));
		model.addAttribute("closed", views.rows(proposalRepository
			.findTop50ByProgrammeIdInAndStatusNotOrderByPublishedAtDesc(List.of(id), ProposalStatus.OPEN)));
		model.addAttribute("rules", ruleRows(id));
		return "matching/programme";
	}

	@PostMapping("/matching/programmes/{id}/runs")
	String run(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
		access.programme(id, person.accountId());
		return "redirect:/matching/runs/" + runs.start(id, person.accountId());
	}

	@GetMapping("/matching/runs/{id}")
	String review(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
		MatchRun run = runRepository.findById(id).orElseThrow(NotFoundException::new);
		ProgrammeView programme = access.programme(run.getProgrammeId(), person.accountId());
		if (run.getStatus() == RunStatus.RUNNING
				&& run.getStartedAt().isBefore(clock.instant().minus(MatchRuns.LONGEST_RUN))) {
			runs.failed(id);
			run = runRepository.findById(id).orElseThrow(NotFoundException::new);
		}
		model.addAttribute("programme", programme);
		model.addAttribute("run", run);
		if (run.getStatus() != RunStatus.DONE) {
			return "matching/run";
		}
		Snapshot snapshot = data.of(programme.id());
		Map<Long, ParticipantProfile> participants = new HashMap<>();
		snapshot.participants().forEach(p -> participants.put(p.id(), p));
		Map<Long, BuddyProfile> buddies = new HashMap<>();
		snapshot.buddies().forEach(b -> buddies.put(b.enrolmentId(), b));
		PairAssessor assessor = new PairAssessor(snapshot.context());
		List<PairRow> pairs = new ArrayList<>();
		for (RunPair pair : runs.pairsOf(id)) {
			ParticipantProfile participant = participants.get(pair.participantId());
			BuddyProfile buddy = buddies.get(pair.enrolmentId());
			if (participant == null || buddy == null) {
				pairs.add(new PairRow(pair, "", "", null, List.of(), false, null));
				continue;
			}
			PairAssessor.Side side = assessor.forParticipant(participant);
			Assessment now = side.assess(buddy);
			pairs.add(new PairRow(pair, participant.firstName(), buddy.name(), now.distanceKm(),
					explanations.sentences(side.explain(buddy, now), locale), now.eligible(),
					snapshot.context().ruleFor(pair.participantId(), pair.enrolmentId())));
		}
		model.addAttribute("pairs", pairs);
		model.addAttribute("unmatched", runs.unmatchedOf(id).stream()
			.map(w -> new WaitingRow(w.participantId(),
					participants.containsKey(w.participantId()) ? participants.get(w.participantId()).firstName() : "",
					w.waitingDays()))
			.toList());
		return "matching/review";
	}

	@PostMapping("/matching/runs/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(name = "pair", required = false) List<String> chosen,
			@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		MatchRun run = runRepository.findById(id).orElseThrow(NotFoundException::new);
		access.programme(run.getProgrammeId(), person.accountId());
		Set<String> inRun = new java.util.HashSet<>();
		runs.pairsOf(id).forEach(p -> inRun.add(p.participantId() + "-" + p.enrolmentId()));
		int published = 0;
		List<String> refused = new ArrayList<>();
		for (String key : chosen == null ? List.<String>of() : chosen) {
			if (!inRun.contains(key)) {
				continue;
			}
			String[] ids = key.split("-");
			Proposals.Outcome outcome;
			try {
				outcome = proposals.publish(run.getProgrammeId(), Long.parseLong(ids[0]), Long.parseLong(ids[1]), id,
						person.accountId());
			}
			catch (NotFoundException gone) {
				outcome = new Proposals.Outcome(Long.parseLong(ids[0]), Long.parseLong(ids[1]), null,
						java.util.Set.of(Exclusion.NOT_WAITING));
			}
			if (outcome.published()) {
				published++;
			}
			else {
				outcome.refusedFor().forEach(e -> refused.add("match.exclusion." + e.name()));
			}
		}
		redirect.addFlashAttribute("published", published);
		redirect.addFlashAttribute("refused", refused.stream().distinct().toList());
		redirect.addFlashAttribute("nothingChosen", chosen == null || chosen.isEmpty());
		return "redirect:/matching/programmes/" + run.getProgrammeId();
	}

	@PostMapping("/matching/programmes/{id}/rules")
	String rule(@PathVariable long id, @RequestParam long participant, @RequestParam long enrolment,
			@RequestParam String kind, @RequestParam(required = false) Long run,
			@AuthenticationPrincipal SignedInPerson person) {
		access.programme(id, person.accountId());
		ParticipantProfile p = access.participantForCoordinator(participant, person.accountId());
		BuddyProfile b = access.buddyForCoordinator(enrolment, person.accountId());
		if (p.programmeId() != id || b.programmeId() != id) {
			throw new NotFoundException();
		}
		switch (kind) {
			case "LOCKED" -> rules.set(id, participant, enrolment, RuleKind.LOCKED, person.accountId());
			case "RULED_OUT" -> rules.set(id, participant, enrolment, RuleKind.RULED_OUT, person.accountId());
			case "NONE" -> rules.remove(participant, enrolment);
			default -> throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		return run != null ? "redirect:/matching/runs/" + run : "redirect:/matching/programmes/" + id;
	}

	private List<RuleRow> ruleRows(long programmeId) {
		return rules.list(programmeId).stream()
			.map(r -> new RuleRow(r.participantId(), r.enrolmentId(), r.kind().name(),
					access.participantName(r.participantId()), access.buddyName(r.enrolmentId())))
			.toList();
	}

	/** A pair of a run, explained as things stand now; {@code stillEligible} turns false once taken elsewhere. */
	record PairRow(RunPair pair, String participant, String buddy, Double distanceKm, List<String> explanation,
			boolean stillEligible, RuleKind rule) {

		public String key() {
			return pair.participantId() + "-" + pair.enrolmentId();
		}

		public int score() {
			return PairAssessor.score(pair.cost());
		}
	}

	record WaitingRow(long participantId, String name, int waitingDays) {
	}

	record RuleRow(long participantId, long enrolmentId, String kind, String participant, String buddy) {
	}
}
