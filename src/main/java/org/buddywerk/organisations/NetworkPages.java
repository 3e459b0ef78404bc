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

/** Admin pages: the list of networks, and the form to add or change one. */
@Controller
@RequestMapping("/admin/networks")
class NetworkPages {

	private static final Set<String> SORTABLE = Set.of("name");

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	NetworkPages(OrganisationDirectory directory, OrganisationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		Paging paging = Paging.of(page, size, sort, dir, SORTABLE, "name");
		model.addAttribute("page", directory.networks(q, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("q", q);
		return "organisations/networks";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, NetworkForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NetworkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			administration.createNetwork(form);
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
		NetworkView n = directory.network(id);
		return form(model, new NetworkForm(n.name(), n.description(), n.coordinatingOrganisationId(), n.version()),
				id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") NetworkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		directory.network(id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			administration.updateNetwork(id, form);
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

	private String form(Model model, NetworkForm form, Long id) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("id", id);
		model.addAttribute("members", id == null ? java.util.List.of()
				: directory.allOrganisations().stream().filter(o -> id.equals(o.networkId())).toList());
		return "organisations/network-form";
	}
}
