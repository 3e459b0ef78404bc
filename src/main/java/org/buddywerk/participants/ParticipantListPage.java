package org.buddywerk.participants;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SpokenLanguages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The participant lists: a professional's own caseload, the participants of the programmes one works in (with
 * search and filters), and who is waiting for a buddy, longest first. First name, postal code, languages, top
 * needs and days waiting only: contact details and the restricted profile are never in a list.
 */
@Controller
class ParticipantListPage {

	private final ParticipantAccess access;

	private final ParticipantList lists;

	private final OrganisationDirectory organisations;

	ParticipantListPage(ParticipantAccess access, ParticipantList lists, OrganisationDirectory organisations) {
		this.access = access;
		this.lists = lists;
		this.organisations = organisations;
	}

	@GetMapping("/participants/caseload")
	String caseload(@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @AuthenticationPrincipal SignedInPerson person, Model model) {
		Paging paging = Paging.of(page, null, sort, dir, ParticipantList.SORTABLE, "firstName");
		Page<ParticipantList.Row> found = lists.caseload(person.accountId(), paging);
		Map<String, Object> query = new LinkedHashMap<>();
		return show(model, "participants/caseload", "/participants/caseload", query, paging, found);
	}

	@GetMapping("/participants")
	String list(@RequestParam(required = false) Long programme, @RequestParam(required = false) String q,
			@RequestParam(required = false) LifeDomain domain, @RequestParam(required = false) String language,
			@RequestParam(required = false) String postalArea, @RequestParam(required = false) Integer minDaysWaiting,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @AuthenticationPrincipal SignedInPerson person, Model model) {
		List<ProgrammeView> programmes = visibleProgrammes(person.accountId());
		model.addAttribute("programmes", programmes);
		model.addAttribute("domains", LifeDomain.values());
		Set<Long> shown = shownProgrammes(programmes, programme);
		ParticipantList.Filter filter = new ParticipantList.Filter(shown, q, domain, language, postalArea,
				minDaysWaiting, false);
		model.addAttribute("filter", filter);
		model.addAttribute("programme", programme);
		Paging paging = Paging.of(page, null, sort, dir, ParticipantList.SORTABLE, "waitingSince");
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("programme", programme);
		query.put("q", filter.q());
		query.put("domain", filter.domain());
		query.put("language", filter.language());
		query.put("postalArea", filter.postalArea());
		query.put("minDaysWaiting", filter.minDaysWaiting());
		Page<ParticipantList.Row> found = shown.isEmpty() ? Page.empty(paging.request())
				: lists.search(filter, paging);
		return show(model, "participants/list", "/participants", query, paging, found);
	}

	@GetMapping("/participants/waiting")
	String waiting(@RequestParam(required = false) Long programme, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal SignedInPerson person, Model model) {
		List<ProgrammeView> programmes = visibleProgrammes(person.accountId());
		model.addAttribute("programmes", programmes);
		model.addAttribute("programme", programme);
		Set<Long> shown = shownProgrammes(programmes, programme);
		Paging paging = Paging.of(page, null, "waitingSince", "asc", ParticipantList.SORTABLE, "waitingSince");
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("programme", programme);
		Page<ParticipantList.Row> found = shown.isEmpty() ? Page.empty(paging.request())
				: lists.search(new ParticipantList.Filter(shown, null, null, null, null, null, true), paging);
		return show(model, "participants/waiting", "/participants/waiting", query, paging, found);
	}

	/** The programmes where this person coordinates or works as a professional, by name. */
	private List<ProgrammeView> visibleProgrammes(long accountId) {
		Set<Long> ids = new HashSet<>(access.programmesWhere(accountId, Role.COORDINATOR));
		ids.addAll(access.programmesWhere(accountId, Role.PROFESSIONAL));
		return ids.stream().map(organisations::programme).sorted(Comparator.comparing(ProgrammeView::name)).toList();
	}

	/** One programme when asked for (404 when it is not one's own), else all of them. */
	private static Set<Long> shownProgrammes(List<ProgrammeView> programmes, Long chosen) {
		if (chosen == null) {
			return programmes.stream().map(ProgrammeView::id).collect(java.util.stream.Collectors.toSet());
		}
		if (programmes.stream().noneMatch(p -> p.id() == chosen)) {
			throw new NotFoundException();
		}
		return Set.of(chosen);
	}

	private String show(Model model, String view, String path, Map<String, Object> query, Paging paging,
			Page<ParticipantList.Row> found) {
		model.addAttribute("page", found);
		model.addAttribute("paging", paging);
		model.addAttribute("languageNames", SpokenLanguages.names(LocaleContextHolder.getLocale()));
		model.addAttribute("languageCodes", SpokenLanguages.CODES);
		Map<String, Object> sorted = new LinkedHashMap<>(query);
		sorted.put("sort", paging.sort());
		sorted.put("dir", paging.dir());
		model.addAttribute("previousLink", link(path, sorted, paging.page() - 1));
		model.addAttribute("nextLink", link(path, sorted, paging.page() + 1));
		Map<String, String> sortLinks = new LinkedHashMap<>();
		for (String column : ParticipantList.SORTABLE) {
			Map<String, Object> by = new LinkedHashMap<>(query);
			by.put("sort", column);
			by.put("dir", paging.nextDir(column));
			sortLinks.put(column, link(path, by, 0));
		}
		model.addAttribute("sortLinks", sortLinks);
		return view;
	}

	/** A link to this list with the same filters, on another page or in another order. */
	private static String link(String path, Map<String, Object> query, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		query.forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, value);
			}
		});
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}
}
