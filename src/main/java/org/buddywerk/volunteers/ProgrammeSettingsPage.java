package org.buddywerk.volunteers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.PlainText;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a programme asks of its volunteers: screening validity and the required trainings. */
@Controller
@RequestMapping("/volunteers/programmes/{programmeId}")
class ProgrammeSettingsPage {

	record ValidityForm(@NotNull @Min(1) @Max(120) Integer months) {
	}

	record NewTrainingForm(@PlainText @NotBlank @Size(max = 200) String name) {
	}

	private final VolunteerAccess access;

	private final ProgrammeVolunteeringRepository settings;

	private final RequiredTrainingRepository trainings;

	ProgrammeSettingsPage(VolunteerAccess access, ProgrammeVolunteeringRepository settings,
			RequiredTrainingRepository trainings) {
		this.access = access;
		this.settings = settings;
		this.trainings = trainings;
	}

	@GetMapping
	String show(@PathVariable long programmeId, @AuthenticationPrincipal SignedInPerson person, Model model) {
		return page(access.programmeForCoordinator(programmeId, person.accountId()), model);
	}

	@PostMapping("/validity")
	@Transactional
	String validity(@PathVariable long programmeId, @Valid @ModelAttribute("validity") ValidityForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		ProgrammeView programme = access.programmeForCoordinator(programmeId, person.accountId());
		if (result.hasErrors()) {
			return page(programme, model);
		}
		ProgrammeVolunteering current = settings.findById(programmeId).orElseGet(() -> new ProgrammeVolunteering(programmeId));
		current.validFor(form.months());
		settings.save(current);
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/volunteers/programmes/" + programmeId;
	}

	@PostMapping("/trainings")
	@Transactional
	String addTraining(@PathVariable long programmeId, @Valid @ModelAttribute("newTraining") NewTrainingForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		ProgrammeView programme = access.programmeForCoordinator(programmeId, person.accountId());
		if (!result.hasErrors() && trainings.existsByProgrammeIdAndNameIgnoreCase(programmeId, form.name().strip())) {
			result.rejectValue("name", "settings.training.exists");
		}
		if (result.hasErrors()) {
			return page(programme, model);
		}
		trainings.save(new RequiredTraining(programmeId, form.name().strip()));
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/volunteers/programmes/" + programmeId;
	}

	private String page(ProgrammeView programme, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("trainings", trainings.findByProgrammeIdOrderByName(programme.id()));
		int months = settings.findById(programme.id()).map(ProgrammeVolunteering::getScreeningValidityMonths)
			.orElse(ProgrammeVolunteering.DEFAULT_SCREENING_VALIDITY_MONTHS);
		if (!model.containsAttribute("validity")) {
			model.addAttribute("validity", new ValidityForm(months));
		}
		if (!model.containsAttribute("newTraining")) {
			model.addAttribute("newTraining", new NewTrainingForm(""));
		}
		return "volunteers/settings";
	}
}
