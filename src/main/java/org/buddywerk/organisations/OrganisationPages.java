package org.buddywerk.organisations;

import java.util.Set;

import jakarta.validation.Valid;

import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Refusal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: the list of organisations, and the form to add or change one. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationPages {

	private static final Set<String> SORTABLE = Set.of("name", "kind", "city");

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	OrganisationPages(OrganisationDirectory directory, OrganisationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		Paging paging = Paging.of(page, size, sort, dir, SORTABLE, "name");
		model.addAttribute("page", directory.organisations(q, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("q", q);
		return "organisations/organisations";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, OrganisationForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			administration.createOrganisation(form);
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("saved", form.name().strip());
		return "redirect:/admin/organisations";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		OrganisationView o = directory.organisation(id);
		return form(model, new OrganisationForm(o.name(), o.kind(), o.city(), o.networkId(), o.version()), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		directory.organisation(id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			administration.updateOrganisation(id, form);
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return form(model, form, id);
		}
		catch (OptimisticLockingFailureException changed) {
			result.reject("form.changedMeanwhile");
			return form(model, form, id);
		}
		redirect.addFlashAttribute("saved", form.name().strip());
		return "redirect:/admin/organisations";
	}

	private String form(Model model, OrganisationForm form, Long id) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("id", id);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("networks", directory.allNetworks());
		return "organisations/organisation-form";
	}
}
