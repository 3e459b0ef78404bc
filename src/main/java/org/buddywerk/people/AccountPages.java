package org.buddywerk.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SearchText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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

/** Admin pages for accounts: list, create, change roles, deactivate (after a confirmation) and reactivate. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

	private static final Set<String> SORTABLE = Set.of("email", "displayName", "active");

	private final AccountRepository accounts;

	private final AccountService service;

	private final OrganisationDirectory organisations;

	AccountPages(AccountRepository accounts, AccountService service, OrganisationDirectory organisations) {
		this.accounts = accounts;
		this.service = service;
		this.organisations = organisations;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		Paging paging = Paging.of(page, size, sort, dir, SORTABLE, "email");
		Page<Account> found = accounts.search(SearchText.containsPattern(q), paging.request());
		model.addAttribute("page", found);
		model.addAttribute("paging", paging);
		model.addAttribute("q", q);
		model.addAttribute("organisationNames", organisations.organisationNames(found.stream()
			.flatMap(a -> a.getRoles().stream()).map(RoleAssignment::organisationId).distinct().toList()));
		return "people/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return newAccount(model, NewAccountForm.empty());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			@RequestParam(name = "roles", required = false) List<String> chosenRoles, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("chosenRoles", chosenRoles == null ? List.of() : chosenRoles);
		Optional<Set<RoleAssignment>> roles = form == null ? Optional.empty() : RoleChoices.parse(form.roles());
		if (form != null && roles.isEmpty()) {
			result.rejectValue("roles", "account.unknownOrganisation");
		}
		if (result.hasErrors()) {
			return newAccount(model, form);
		}
		try {
			service.create(form.email(), form.displayName(), Languages.find(form.language()).orElseThrow(),
					form.password(), roles.get());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return newAccount(model, form);
		}
		redirect.addFlashAttribute("saved", form.displayName().strip());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Account account = find(id);
		return edit(model, account, new AccountForm(account.getDisplayName(), account.getPreferredLanguage(),
				RoleChoices.values(account.getRoles()), account.getVersion()));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@RequestParam(name = "roles", required = false) List<String> chosenRoles, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("chosenRoles", chosenRoles == null ? List.of() : chosenRoles);
		Account account = find(id);
		Optional<Set<RoleAssignment>> roles = form == null ? Optional.empty() : RoleChoices.parse(form.roles());
		if (form != null && roles.isEmpty()) {
			result.rejectValue("roles", "account.unknownOrganisation");
		}
		if (result.hasErrors()) {
			return edit(model, account, form);
		}
		try {
			service.update(id, form.version() == null ? -1 : form.version(), form.displayName(),
					Languages.find(form.language()).orElseThrow(), roles.get());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return edit(model, account, form);
		}
		catch (OptimisticLockingFailureException changed) {
			result.reject("form.changedMeanwhile");
			return edit(model, account, form);
		}
		redirect.addFlashAttribute("saved", form.displayName().strip());
		return "redirect:/admin/accounts";
	}

	/** Deactivating ends the person's sessions at once: ask first. */
	@GetMapping("/{id}/deactivate")
	String confirmDeactivation(@PathVariable long id, Model model) {
		model.addAttribute("account", find(id));
		return "people/account-deactivate";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Account account = find(id);
		service.deactivate(id, version);
		redirect.addFlashAttribute("deactivated", account.getDisplayName());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Account account = find(id);
		service.reactivate(id, version);
		redirect.addFlashAttribute("reactivated", account.getDisplayName());
		return "redirect:/admin/accounts";
	}

	private Account find(long id) {
		return accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	private String newAccount(Model model, NewAccountForm form) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("chosenRoles", form.roles());
		}
		return withChoices(model, "people/account-new");
	}

	private String edit(Model model, Account account, AccountForm form) {
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("chosenRoles", form.roles());
		}
		return withChoices(model, "people/account-edit");
	}

	private String withChoices(Model model, String view) {
		model.addAttribute("organisations", organisations.allOrganisations());
		model.addAttribute("allRoles", Role.values());
		return view;
	}
}
