package org.buddywerk.matching;

import org.buddywerk.matching.Interpreters.LanguagePair;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SpokenLanguages;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's matching weights, maximum distance and interpreter language pairs. */
@Controller
class SettingsPage {

	/** The version a form carries while the programme still uses the defaults: a first save is then told apart. */
	private static final long UNSTORED = -1;

	private final MatchingAccess access;

	private final MatchingData data;

	private final MatchingSettingsRepository settings;

	private final Interpreters interpreters;

	SettingsPage(MatchingAccess access, MatchingData data, MatchingSettingsRepository settings, Interpreters interpreters) {
		this.access = access;
		this.data = data;
		this.settings = settings;
		this.interpreters = interpreters;
	}

	@GetMapping("/matching/programmes/{id}/settings")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, java.util.Locale locale,
			Model model) {
		ProgrammeView programme = access.programme(id, person.accountId());
		SettingsForm form = data.settingsOf(id).toForm();
		if (!settings.existsById(id)) {
			form.setVersion(UNSTORED);
		}
		return page(programme, form, locale, model);
	}

	@PostMapping("/matching/programmes/{id}/settings")
	String change(@PathVariable long id, @Validated @ModelAttribute("form") SettingsForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInPerson person, java.util.Locale locale, Model model,
			RedirectAttributes redirect) {
		ProgrammeView programme = access.programme(id, person.accountId());
		if (errors.hasErrors()) {
			return page(programme, form, locale, model);
		}
		MatchingSettings current = data.settingsOf(id);
		long expected = settings.existsById(id) ? current.getVersion() : UNSTORED;
		if (form.getVersion() != expected) {
			new Refusal(null, "matching.settings.changedMeanwhile").showOn(errors);
			return page(programme, form, locale, model);
		}
		current.change(form);
		try {
			settings.saveAndFlush(current);
		}
		catch (ObjectOptimisticLockingFailureException changed) {
			new Refusal(null, "matching.settings.changedMeanwhile").showOn(errors);
			return page(programme, form, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/matching/programmes/" + id + "/settings";
	}

	@PostMapping("/matching/programmes/{id}/interpreters")
	String addInterpreter(@PathVariable long id, @RequestParam String participantLanguage,
			@RequestParam String buddyLanguage, @RequestParam(defaultValue = "false") boolean remove,
			@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		access.programme(id, person.accountId());
		if (!SpokenLanguages.CODES.contains(participantLanguage) || !SpokenLanguages.CODES.contains(buddyLanguage)
				|| participantLanguage.equals(buddyLanguage)) {
			redirect.addFlashAttribute("interpreterError", true);
		}
		else if (remove) {
			interpreters.remove(id, new LanguagePair(participantLanguage, buddyLanguage));
		}
		else {
			interpreters.add(id, new LanguagePair(participantLanguage, buddyLanguage));
		}
		return "redirect:/matching/programmes/" + id + "/settings";
	}

	private String page(ProgrammeView programme, SettingsForm form, java.util.Locale locale, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("form", form);
		model.addAttribute("interpreters", interpreters.of(programme.id()));
		model.addAttribute("languageNames", SpokenLanguages.names(locale));
		return "matching/settings";
	}
}
