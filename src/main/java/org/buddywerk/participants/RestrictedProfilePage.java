package org.buddywerk.participants;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's restricted profile, for their own professionals (and a coordinator during a break-glass):
 * the five sections in one form, and every break-glass on this participant, so that the contact professional
 * sees who looked and why. A coordinator of the programme without access is sent to the break-glass page;
 * anyone else is told the record does not exist, and the attempt is audited.
 */
@Controller
@RequestMapping("/participants/{id}/restricted")
class RestrictedProfilePage {

	private final ParticipantRepository participants;

	private final ParticipantAccess access;

	private final RestrictedProfiles restricted;

	private final OrganisationDirectory organisations;

	private final People people;

	private final java.time.Clock clock;

	RestrictedProfilePage(ParticipantRepository participants, ParticipantAccess access, RestrictedProfiles restricted,
			OrganisationDirectory organisations, People people, java.time.Clock clock) {
		this.participants = participants;
		this.access = access;
		this.restricted = restricted;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		Participant participant = participants.findById(id).orElseThrow(NotFoundException::new);
		if (!access.readsRestricted(participant, person.accountId()) && access.mayBreakGlass(participant, person.accountId())) {
			return "redirect:/participants/" + id + "/break-glass";
		}
		// audits the read, or the denied attempt (and answers 404)
		Optional<RestrictedProfile> profile = restricted.read(participant, person.accountId());
		model.addAttribute("restricted", RestrictedForm.of(profile.orElse(null)));
		return page(participant, profile.orElse(null), model);
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("restricted") RestrictedForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		Participant participant = participants.findById(id).orElseThrow(NotFoundException::new);
		if (!access.readsRestricted(participant, person.accountId())) {
			// audits the denied attempt and answers 404
			restricted.write(participant, person.accountId(), form);
		}
		if (form == null || result.hasErrors()) {
			return page(participant, null, model);
		}
		try {
			restricted.write(participant, person.accountId(), form);
		}
		catch (OptimisticLockingFailureException changed) {
			result.reject("form.changedMeanwhile");
			return page(participant, null, model);
		}
		redirect.addFlashAttribute("done", "restrictedPage.saved");
		return "redirect:/participants/" + id + "/restricted";
	}

	/** The page around the form; the profile is passed only right after an audited read, for "last changed". */
	private String page(Participant participant, RestrictedProfile profile, Model model) {
		List<BreakGlass> glasses = restricted.breakGlassesOn(participant.getId());
		java.util.Set<Long> accounts = new java.util.HashSet<>();
		glasses.forEach(g -> accounts.add(g.getCoordinatorAccountId()));
		if (profile != null && profile.getUpdatedBy() != null) {
			accounts.add(profile.getUpdatedBy());
			model.addAttribute("updatedAt", profile.getUpdatedAt());
			model.addAttribute("updatedBy", profile.getUpdatedBy());
		}
		model.addAttribute("participant", participant);
		model.addAttribute("programme", organisations.programme(participant.getProgrammeId()));
		model.addAttribute("breakGlasses", glasses);
		model.addAttribute("now", clock.instant());
		model.addAttribute("names", people.displayNames(accounts));
		return "participants/restricted";
	}
}
