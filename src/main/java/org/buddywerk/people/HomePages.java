package org.buddywerk.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each role's start page; {@code /} sends a person to the start page of their first role. */
@Controller
class HomePages {

	/** A programme on the coordinator's start page with the people per role in its organisation. */
	record ProgrammeCounts(ProgrammeView programme, Map<Role, Long> people) {
	}

	private final OrganisationDirectory organisations;

	private final AccountRepository accounts;

	HomePages(OrganisationDirectory organisations, AccountRepository accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal SignedInAccount person) {
		return person.roles().stream().min(Comparator.naturalOrder())
			.map(role -> "redirect:/home/" + role.slug())
			.orElse("people/no-role");
	}

	@GetMapping("/home/{role}")
	String home(@PathVariable String role, @AuthenticationPrincipal SignedInAccount person, Model model) {
		Role shown = person.roles().stream().filter(r -> r.slug().equals(role)).findFirst()
			.orElseThrow(NotFoundException::new);
		Account account = accounts.findById(person.accountId()).orElseThrow(NotFoundException::new);
		Set<Long> organisationIds = account.getRoles().stream().filter(r -> r.role() == shown)
			.map(RoleAssignment::organisationId).collect(Collectors.toSet());
		List<ProgrammeView> programmes = organisations.programmesOf(organisationIds);
		model.addAttribute("role", shown);
		model.addAttribute("otherRoles", person.roles().stream().filter(r -> r != shown).sorted().toList());
		model.addAttribute("organisationNames", organisations.organisationNames(organisationIds).values().stream().sorted().toList());
		model.addAttribute("programmes", programmes);
		if (shown == Role.COORDINATOR) {
			model.addAttribute("counts", counts(programmes, organisationIds));
		}
		return "people/home";
	}

	private List<ProgrammeCounts> counts(List<ProgrammeView> programmes, Set<Long> organisationIds) {
		Map<Long, Map<Role, Long>> perOrganisation = organisationIds.isEmpty() ? Map.of()
				: accounts.countRoles(organisationIds).stream().collect(Collectors.groupingBy(RoleCount::organisationId,
						Collectors.toMap(RoleCount::role, RoleCount::people)));
		return programmes.stream()
			.map(p -> new ProgrammeCounts(p, perOrganisation.getOrDefault(p.organisationId(), Map.of())))
			.toList();
	}
}
