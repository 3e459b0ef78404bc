package org.buddywerk.participants;

import java.util.HashSet;
import java.util.List;

import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact professional shares the case (and so the restricted profile) with other professionals. */
@Controller
class CaseSharingPage {

	private final Intake intake;

	CaseSharingPage(Intake intake) {
		this.intake = intake;
	}

	@PostMapping("/participants/{id}/sharing")
	String share(@PathVariable long id, @RequestParam(required = false) List<Long> professionals,
			@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		try {
			intake.share(id, person.accountId(), new HashSet<>(professionals == null ? List.of() : professionals));
			redirect.addFlashAttribute("shared", "sharing.saved");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("shared", refusal.messageKey());
		}
		return "redirect:/participants/" + id;
	}
}
