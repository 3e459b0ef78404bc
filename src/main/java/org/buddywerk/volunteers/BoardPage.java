package org.buddywerk.volunteers;

import java.util.List;
import java.util.Set;

import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's board: a programme's volunteers by status, with filters and counts per column. */
@Controller
class BoardPage {

	static final int CARDS_PER_COLUMN = 25;

	private final VolunteerAccess access;

	private final VolunteerBoard board;

	private final People people;

	private final EnrolmentRepository enrolments;

	BoardPage(VolunteerAccess access, VolunteerBoard board, People people, EnrolmentRepository enrolments) {
		this.access = access;
		this.board = board;
		this.people = people;
		this.enrolments = enrolments;
	}

	@GetMapping("/volunteers")
	String board(@RequestParam(required = false) Long programme, @RequestParam(required = false) VolunteerStatus status,
			@RequestParam(required = false) String language, @RequestParam(required = false) String postalArea,
			@RequestParam(required = false) WeekSlot slot, @RequestParam(defaultValue = "false") boolean expiring,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal SignedInPerson person, Model model) {
		List<ProgrammeView> programmes = access.programmesCoordinatedBy(person.accountId());
		model.addAttribute("programmes", programmes);
		ProgrammeView chosen = programme == null ? null : access.programmeForCoordinator(programme, person.accountId());
		if (programmes.isEmpty()) {
			return "volunteers/board";
		}
		// without a choice, the first programme that has volunteers at all
		ProgrammeView shown = chosen != null ? chosen
				: programmes.stream().filter(p -> enrolments.existsByProgrammeId(p.id())).findFirst().orElse(programmes.get(0));
		BoardFilter filter = new BoardFilter(shown.id(), null, language, postalArea, slot, expiring);
		model.addAttribute("programme", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("slots", WeekSlot.values());
		model.addAttribute("statuses", VolunteerStatus.BOARD);
		VolunteerBoard.Board result = board.board(filter, CARDS_PER_COLUMN);
		model.addAttribute("board", result);
		if (status != null) {
			Paging paging = Paging.of(page, 50, null, null, Set.of(), "status");
			List<BoardCard> cards = board.column(filter, status, paging.page(), paging.size());
			model.addAttribute("column", status);
			model.addAttribute("cards", cards);
			model.addAttribute("pageNumber", paging.page());
			model.addAttribute("lastPage", (long) (paging.page() + 1) * paging.size() >= result.counts().get(status));
			model.addAttribute("coachNames", people.displayNames(cards.stream().map(BoardCard::coachAccountId)
				.filter(id -> id != null).distinct().toList()));
			return "volunteers/column";
		}
		model.addAttribute("coachNames", people.displayNames(result.columns().values().stream()
			.flatMap(List::stream).map(BoardCard::coachAccountId).filter(id -> id != null).distinct().toList()));
		return "volunteers/board";
	}
}
