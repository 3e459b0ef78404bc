package org.buddywerk.privacy;

import java.util.Optional;

import org.buddywerk.people.People;
import org.buddywerk.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: who read or changed which participant's record, newest first, filtered by
 * participant and by actor (an account id or e-mail address). Read-only: the log has no edit or delete.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditPage {

	/** Far beyond any real log, and far from overflowing an offset. */
	private static final long MAX_PAGE = 1_000_000;

	private final AuditLog audit;

	private final People people;

	AuditPage(AuditLog audit, People people) {
		this.audit = audit;
		this.people = people;
	}

	@GetMapping
	String search(@RequestParam(required = false) String participant, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("participant", participant == null ? "" : participant);
		model.addAttribute("actor", actor == null ? "" : actor);
		Optional<Long> participantId = number(participant);
		boolean participantInvalid = !blank(participant) && participantId.isEmpty();
		Optional<Long> actorId = blank(actor) ? Optional.empty() : number(actor).or(() -> byEmail(actor));
		boolean actorUnknown = !blank(actor) && actorId.isEmpty();
		model.addAttribute("participantInvalid", participantInvalid);
		model.addAttribute("actorUnknown", actorUnknown);
		int number = number(page).filter(p -> p <= MAX_PAGE).map(Long::intValue).orElse(0);
		PageRequest request = PageRequest.of(number, Paging.DEFAULT_SIZE);
		Page<AuditEntry> found = participantInvalid || actorUnknown ? Page.empty(request)
				: audit.search(participantId.orElse(null), actorId.orElse(null), request);
		model.addAttribute("page", found);
		model.addAttribute("names", people.displayNames(found.stream().map(AuditEntry::getActorAccountId)
			.filter(id -> id != null).distinct().toList()));
		return "privacy/audit";
	}

	private Optional<Long> byEmail(String actor) {
		String email = actor.strip();
		return email.length() > 254 || !email.contains("@") || email.chars().anyMatch(c -> c < 32) ? Optional.empty() : people.accountIdOf(email);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A whole number the way a person types it, or nothing. */
	private static Optional<Long> number(String value) {
		if (blank(value) || !value.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value.strip()));
	}
}
