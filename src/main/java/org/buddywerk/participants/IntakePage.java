package org.buddywerk.participants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.PersonSummary;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SlotGrid;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake form: taking in a participant (a professional or coordinator of the programme) and changing their
 * basic profile later (their professionals and the programme's coordinators). Errors are shown next to their
 * field; what was typed is kept, also when the form could not be bound.
 */
@Controller
class IntakePage {

	/** A language row as the form shows it again. */
	record LanguageRow(int index, String code, String level) {
	}

	/** A household row as the form shows it again. */
	record MemberRow(int index, String kind, String birthYear) {
	}

	private final Intake intake;

	private final ParticipantAccess access;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	IntakePage(Intake intake, ParticipantAccess access, OrganisationDirectory organisations, Clock clock) {
		this.intake = intake;
		this.access = access;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * An empty or blank time slot is a wrong value, not a missing one: the form's set of slots cannot hold
	 * nothing. Without this, a blank slot would reach the form's constructor as null.
	 */
	@InitBinder("form")
	void slotsAreNeverBlank(WebDataBinder binder) {
		binder.registerCustomEditor(Set.class, new org.springframework.beans.propertyeditors.CustomCollectionEditor(Set.class) {
			@Override
			protected Object convertElement(Object element) {
				return element instanceof WeekSlot ? element : WeekSlot.valueOf(String.valueOf(element).strip());
			}
		});
	}

	@GetMapping("/participants/new")
	String newForm(@RequestParam(required = false) Long programme, @AuthenticationPrincipal SignedInPerson person,
			Model model) {
		List<ProgrammeView> programmes = programmesOf(person.accountId());
		model.addAttribute("programmes", programmes);
		if (programme == null && programmes.size() != 1) {
			return "participants/intake-programme";
		}
		long chosen = programme != null ? programme : programmes.get(0).id();
		checkProgramme(chosen, person.accountId());
		long actor = person.accountId();
		Long contact = intake.professionalsFor(chosen).stream().anyMatch(p -> p.accountId() == actor) ? actor : null;
		IntakeForm form = IntakeForm.empty(chosen, contact == null ? 0 : contact, Today.on(clock));
		if (contact == null) {
			form = withoutContact(form);
		}
		model.addAttribute("form", form);
		chosenFrom(form, model);
		return formPage(model, chosen, null);
	}

	@PostMapping("/participants")
	String create(@Valid @ModelAttribute("form") IntakeForm form, BindingResult result, HttpServletRequest request,
			@AuthenticationPrincipal SignedInPerson person, Model model) {
		chosenFrom(request, model);
		Long programme = form != null ? form.programmeId() : parseId(request.getParameter("programmeId"));
		if (programme == null) {
			throw new NotFoundException();
		}
		checkProgramme(programme, person.accountId());
		checkProblems(form, result);
		if (result.hasErrors()) {
			return formPage(model, programme, null);
		}
		Participant participant;
		try {
			participant = intake.takeIn(form, person.accountId());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return formPage(model, programme, null);
		}
		return "redirect:/participants/" + participant.getId();
	}

	@GetMapping("/participants/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		Participant participant = changeable(id, person.accountId());
		IntakeForm form = IntakeForm.of(participant);
		model.addAttribute("form", form);
		chosenFrom(form, model);
		return formPage(model, participant.getProgrammeId(), participant);
	}

	@PostMapping("/participants/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IntakeForm form, BindingResult result,
			HttpServletRequest request, @AuthenticationPrincipal SignedInPerson person, Model model) {
		chosenFrom(request, model);
		Participant participant = changeable(id, person.accountId());
		checkProblems(form, result);
		if (result.hasErrors()) {
			return formPage(model, participant.getProgrammeId(), participant);
		}
		try {
			intake.change(id, form, person.accountId());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return formPage(model, participant.getProgrammeId(), participant);
		}
		catch (OptimisticLockingFailureException changed) {
			result.reject("form.changedMeanwhile");
			return formPage(model, participant.getProgrammeId(), participant);
		}
		return "redirect:/participants/" + id;
	}

	/** The participant, when this person may change them: their professionals and the programme's coordinators. */
	private Participant changeable(long id, long actor) {
		Participant participant = access.basic(id, actor);
		if (!participant.professionalIs(actor) && !access.coordinates(participant, actor)) {
			throw new NotFoundException();
		}
		return participant;
	}

	private void checkProblems(IntakeForm form, BindingResult result) {
		if (form == null) {
			return;
		}
		Set<String> shown = new HashSet<>();
		for (Map.Entry<String, String> problem : form.problems(Today.on(clock))) {
			if (!result.hasFieldErrors(problem.getKey()) && shown.add(problem.getKey() + problem.getValue())) {
				result.rejectValue(problem.getKey(), problem.getValue());
			}
		}
	}

	private void checkProgramme(long programme, long actor) {
		if (!access.takesIn(programme, actor)) {
			throw new NotFoundException();
		}
	}

	private List<ProgrammeView> programmesOf(long actor) {
		Set<Long> ids = new HashSet<>(access.programmesWhere(actor, Role.PROFESSIONAL));
		ids.addAll(access.programmesWhere(actor, Role.COORDINATOR));
		return ids.stream().map(organisations::programme).sorted(Comparator.comparing(ProgrammeView::name)).toList();
	}

	private String formPage(Model model, long programme, Participant participant) {
		List<PersonSummary> professionals = intake.professionalsFor(programme);
		model.addAttribute("programme", organisations.programme(programme));
		model.addAttribute("participant", participant);
		model.addAttribute("professionals", professionals);
		model.addAttribute("languageCodes", SpokenLanguages.CODES);
		model.addAttribute("languageNames", SpokenLanguages.names(LocaleContextHolder.getLocale()));
		model.addAttribute("levels", LanguageLevel.values());
		model.addAttribute("domains", LifeDomain.values());
		model.addAttribute("householdKinds", HouseholdKind.values());
		model.addAttribute("genders", BuddyGender.values());
		model.addAttribute("interestValues", Interest.values());
		model.addAttribute("buddyLanguageCodes", org.buddywerk.platform.SpokenLanguages.CODES);
		model.addAttribute("buddyLanguageNames",
				org.buddywerk.platform.SpokenLanguages.names(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("receptionKinds", ReceptionKind.values());
		model.addAttribute("parts", WeekSlot.Part.values());
		model.addAttribute("slotGrid", SlotGrid.ROWS);
		return "participants/intake";
	}

	/** What the form holds, for the rows, the needs and the grid. */
	private static void chosenFrom(IntakeForm form, Model model) {
		chosen(model, form.languageCodes(), form.languageLevels(), form.memberKinds(), form.memberBirthYears(),
				form.priorities(), form.needNotes(), form.slots().stream().map(Enum::name).toList());
		model.addAttribute("chosenInterests", form.interestChoices());
	}

	/** What was sent, shown again even when the form could not be bound. */
	private static void chosenFrom(HttpServletRequest request, Model model) {
		Map<String, String> priorities = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		for (LifeDomain domain : LifeDomain.values()) {
			priorities.put(domain.name(), request.getParameter("priorities[" + domain.name() + "]"));
			notes.put(domain.name(), request.getParameter("needNotes[" + domain.name() + "]"));
		}
		chosen(model, values(request, "languageCodes"), values(request, "languageLevels"), values(request, "memberKinds"),
				values(request, "memberBirthYears"), priorities, notes, values(request, "slots"));
		model.addAttribute("chosenInterests", values(request, "interestChoices"));
	}

	private static void chosen(Model model, List<String> codes, List<String> levels, List<String> kinds,
			List<String> years, Map<String, String> priorities, Map<String, String> notes, List<String> slots) {
		List<LanguageRow> languageRows = new ArrayList<>();
		for (int i = 0; i < IntakeForm.LANGUAGE_ROWS; i++) {
			languageRows.add(new LanguageRow(i, at(codes, i), at(levels, i)));
		}
		List<MemberRow> memberRows = new ArrayList<>();
		for (int i = 0; i < IntakeForm.HOUSEHOLD_ROWS; i++) {
			memberRows.add(new MemberRow(i, at(kinds, i), at(years, i)));
		}
		Map<String, String> chosenPriorities = new LinkedHashMap<>();
		Map<String, String> chosenNotes = new LinkedHashMap<>();
		for (LifeDomain domain : LifeDomain.values()) {
			String priority = priorities.get(domain.name());
			String note = notes.get(domain.name());
			chosenPriorities.put(domain.name(), priority == null ? "" : priority);
			chosenNotes.put(domain.name(), note == null ? "" : note);
		}
		model.addAttribute("languageRows", languageRows);
		model.addAttribute("memberRows", memberRows);
		model.addAttribute("chosenPriorities", chosenPriorities);
		model.addAttribute("chosenNotes", chosenNotes);
		model.addAttribute("chosenSlots", slots);
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : Arrays.asList(values);
	}

	private static String at(List<String> values, int index) {
		String value = index < values.size() ? values.get(index) : null;
		return value == null ? "" : value;
	}

	private static Long parseId(String value) {
		try {
			return value == null ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static IntakeForm withoutContact(IntakeForm f) {
		return new IntakeForm(f.programmeId(), f.firstName(), f.lastName(), f.phone(), f.email(), f.postalCode(),
				f.languageCodes(), f.languageLevels(), f.dutchLevel(), f.frenchLevel(), f.priorities(), f.needNotes(),
				f.memberKinds(), f.memberBirthYears(), f.interests(), f.aspirations(), f.interestChoices(), f.buddyGender(),
				f.buddyLanguage(), f.buddyPreferences(), f.slots(), null, f.waitingSince(), f.receptionKind(), f.receptionName(), null);
	}
}
