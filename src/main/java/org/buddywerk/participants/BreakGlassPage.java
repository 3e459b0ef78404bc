package org.buddywerk.participants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.PlainText;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Break the glass": a coordinator of the programme who is not the participant's professional opens the
 * restricted profile for three hours, with a reason that is kept, audited and shown to the contact
 * professional. Nobody else finds this page.
 */
@Controller
@RequestMapping("/participants/{id}/break-glass")
class BreakGlassPage {

	/** Why the coordinator needs the restricted profile now. */
	record BreakGlassForm(@NotBlank @PlainText @Size(max = 1000) String reason) {
	}

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final RestrictedProfiles restricted;

	private final OrganisationDirectory organisations;

	BreakGlassPage(ParticipantRepository participants, ParticipantAccess access, RestrictedProfiles restricted,
			OrganisationDirectory organisations) {
		this.participants = participants;
		this.access = access;
		this.restricted = restricted;
		this.organisations = organisations;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		Participant participant = forCoordinator(id, person);
		model.addAttribute("breakGlass", new BreakGlassForm(""));
		return page(participant, model);
	}

	@PostMapping
	String open(@PathVariable long id, @Valid @ModelAttribute("breakGlass") BreakGlassForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model) {
		Participant participant = forCoordinator(id, person);
		if (form == null || result.hasErrors()) {
			return page(participant, model);
		}
		try {
			restricted.breakGlass(participant, person.accountId(), form.reason());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return page(participant, model);
		}
		return "redirect:/participants/" + id + "/restricted";
	}

	/** The participant, when this coordinator may break the glass on them; 404 for anyone else. */
	private Participant forCoordinator(long id, SignedInPerson person) {
		Participant participant = participants.findById(id).orElseThrow(NotFoundException::new);
		if (!access.mayBreakGlass(participant, person.accountId())) {
			throw new NotFoundException();
		}
		return participant;
	}

	private String page(Participant participant, Model model) {
		model.addAttribute("participant", participant);
		model.addAttribute("programme", organisations.programme(participant.getProgrammeId()));
		model.addAttribute("hours", RestrictedProfiles.BREAK_GLASS.toHours());
		return "participants/break-glass";
	}
}
