package org.buddywerk.participants;

import java.util.List;
import java.util.Objects;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SpokenLanguage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's own page, made for a phone and in plain words: what we know about them that they told us
 * (first name, household, languages, what they would like help with), who their contact person is, and their
 * consents, each of which they may withdraw. Never anything of the restricted profile, and no labels.
 */
@Controller
@RequestMapping("/me/participant")
class OwnParticipantPage {

	private final ParticipantRepository participants;

	private final Consents consents;

	private final OrganisationDirectory organisations;

	private final People people;

	OwnParticipantPage(ParticipantRepository participants, Consents consents, OrganisationDirectory organisations,
			People people) {
		this.participants = participants;
		this.consents = consents;
		this.organisations = organisations;
		this.people = people;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInPerson person, Model model) {
		return participants.findByAccountId(person.accountId()).map(p -> page(p, model)).orElse("participants/own-none");
	}

	/** Withdraws one of the participant's own consents; a consent of anyone else is not found. */
	@PostMapping("/consents/{consentId}/withdraw")
	String withdraw(@PathVariable long consentId, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		Participant participant = participants.findByAccountId(person.accountId()).orElseThrow(NotFoundException::new);
		consents.withdraw(participant.getId(), consentId, person.accountId());
		redirect.addFlashAttribute("done", "own.participant.withdrawn");
		return "redirect:/me/participant";
	}

	private String page(Participant participant, Model model) {
		List<Consents.Consent> given = consents.of(participant.getId());
		model.addAttribute("participant", participant);
		model.addAttribute("adults", participant.getHousehold().stream().filter(m -> m.kind() == HouseholdKind.ADULT).count());
		model.addAttribute("children", participant.getHousehold().stream().filter(m -> m.kind() == HouseholdKind.CHILD).count());
		model.addAttribute("spokenLanguages", participant.getLanguages().stream()
			.sorted(java.util.Comparator.comparing(SpokenLanguage::language)).toList());
		List<LifeDomain> domains = participant.getNeeds().stream().map(Need::domain).toList();
		model.addAttribute("domains", domains);
		model.addAttribute("contactName", people.displayNames(List.of(participant.getContactProfessionalId()))
			.get(participant.getContactProfessionalId()));
		model.addAttribute("consents", given);
		model.addAttribute("partnerNames", organisations.organisationNames(given.stream()
			.map(c -> c.record().getPartnerOrganisationId()).filter(Objects::nonNull).distinct().toList()));
		return "participants/own";
	}
}
