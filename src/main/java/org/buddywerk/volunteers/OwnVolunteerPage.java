package org.buddywerk.volunteers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.platform.SlotGrid;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.PlainText;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer's own page, made for a phone: where they stand and what comes next, screening validity,
 * trainings, coach, what they may change themselves, and "pause me".
 */
@Controller
@RequestMapping("/me/volunteer")
class OwnVolunteerPage {

	/**
	 * What a volunteer changes themselves; languages as up to three rows of code and level. No gender means they
	 * would rather not say.
	 */
	record ProfileForm(@NotNull @Min(1) @Max(3) Integer capacity, @PlainText @Size(max = 2000) String boundaries,
			List<String> languageCodes, List<LanguageLevel> languageLevels, Set<WeekSlot> slots, Gender gender,
			Set<Interest> interests, Set<LifeDomain> boundaryDomains) {

		ProfileForm {
			languageCodes = languageCodes == null ? List.of() : languageCodes;
			languageLevels = languageLevels == null ? List.of() : languageLevels;
			slots = ticked(slots, WeekSlot.class);
			interests = ticked(interests, Interest.class);
			boundaryDomains = ticked(boundaryDomains, LifeDomain.class);
		}

		static ProfileForm of(Volunteer volunteer) {
			List<SpokenLanguage> spoken = volunteer.getLanguages().stream()
				.sorted(java.util.Comparator.comparing(SpokenLanguage::language)).toList();
			List<String> codes = new ArrayList<>(spoken.stream().map(SpokenLanguage::language).toList());
			List<LanguageLevel> levels = new ArrayList<>(spoken.stream().map(SpokenLanguage::level).toList());
			return new ProfileForm(volunteer.getCapacity(), volunteer.getBoundaries(), codes, levels, volunteer.getSlots(),
					volunteer.getGender(), volunteer.getInterests(), volunteer.getBoundaryDomains());
		}

		/** A checkbox group as ticked; an empty choice binds as null and counts for nothing. */
		private static <E extends Enum<E>> Set<E> ticked(Set<E> values, Class<E> type) {
			EnumSet<E> ticked = EnumSet.noneOf(type);
			if (values != null) {
				values.stream().filter(java.util.Objects::nonNull).forEach(ticked::add);
			}
			return ticked;
		}

		/** The rows that name a known language; empty rows are ignored. */
		Set<SpokenLanguage> spoken() {
			Set<SpokenLanguage> result = new HashSet<>();
			for (int i = 0; i < languageCodes.size(); i++) {
				String code = languageCodes.get(i);
				LanguageLevel level = i < languageLevels.size() ? languageLevels.get(i) : null;
				if (code != null && !code.isBlank() && level != null) {
					result.add(new SpokenLanguage(code.strip(), level));
				}
			}
			return result;
		}
	}

	private final VolunteerAccess access;

	private final EnrolmentRepository enrolments;

	private final RequiredTrainingRepository trainings;

	private final Pipeline pipeline;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	OwnVolunteerPage(VolunteerAccess access, EnrolmentRepository enrolments, RequiredTrainingRepository trainings,
			Pipeline pipeline, OrganisationDirectory organisations, People people, Clock clock) {
		this.access = access;
		this.enrolments = enrolments;
		this.trainings = trainings;
		this.pipeline = pipeline;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInPerson person, Model model) {
		return access.ownVolunteer(person.accountId()).map(v -> page(v, model)).orElse("volunteers/own-none");
	}

	@PostMapping("/profile")
	@Transactional
	String profile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult result,
			@RequestParam(required = false) List<String> languageCodes,
			@RequestParam(required = false) List<String> languageLevels, @RequestParam(required = false) List<String> slots,
			@RequestParam(required = false) String gender, @RequestParam(required = false) List<String> interests,
			@RequestParam(required = false) List<String> boundaryDomains, @AuthenticationPrincipal SignedInPerson person,
			Model model, RedirectAttributes redirect) {
		// what was sent, shown again even when the form could not be bound
		model.addAttribute("chosenCodes", languageCodes == null ? List.of() : languageCodes);
		model.addAttribute("chosenLevels", languageLevels == null ? List.of() : languageLevels);
		model.addAttribute("chosenSlots", slots == null ? List.of() : slots);
		model.addAttribute("chosenGender", gender == null ? "" : gender);
		model.addAttribute("chosenInterests", interests == null ? List.of() : interests);
		model.addAttribute("chosenBoundaryDomains", boundaryDomains == null ? List.of() : boundaryDomains);
		Volunteer volunteer = access.ownVolunteer(person.accountId()).orElseThrow(NotFoundException::new);
		if (form != null && !result.hasFieldErrors("languageCodes")) {
			Set<SpokenLanguage> spoken = form.spoken();
			if (spoken.isEmpty()) {
				result.rejectValue("languageCodes", "own.languages.required");
			}
			else if (spoken.stream().anyMatch(s -> !SpokenLanguages.CODES.contains(s.language()))) {
				result.rejectValue("languageCodes", "own.languages.unknown");
			}
			if (form.slots().isEmpty()) {
				result.rejectValue("slots", "own.slots.required");
			}
		}
		if (form != null && !result.hasFieldErrors("boundaryDomains")
				&& form.boundaryDomains().stream().anyMatch(volunteer.getDomains()::contains)) {
			result.rejectValue("boundaryDomains", "own.boundaryDomains.overlap");
		}
		if (result.hasErrors()) {
			return page(volunteer, model);
		}
		volunteer.adjust(form.capacity(), Text.orNull(form.boundaries()), form.spoken(), form.slots(), clock.instant());
		volunteer.describeForMatching(form.gender(), form.interests(), form.boundaryDomains(), clock.instant());
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/me/volunteer";
	}

	/** "Pause me": every active programme pauses; a coordinator sees why. */
	@PostMapping("/pause")
	String pause(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		Volunteer volunteer = access.ownVolunteer(person.accountId()).orElseThrow(NotFoundException::new);
		enrolments.findByVolunteerId(volunteer.getId()).stream().filter(e -> e.getStatus().active())
			.forEach(e -> pipeline.pause(e.getId(), e.getVersion(), person.accountId(), "paused by the volunteer"));
		redirect.addFlashAttribute("done", "own.paused");
		return "redirect:/me/volunteer";
	}

	@PostMapping("/resume")
	String resume(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		Volunteer volunteer = access.ownVolunteer(person.accountId()).orElseThrow(NotFoundException::new);
		enrolments.findByVolunteerId(volunteer.getId()).stream().filter(e -> e.getStatus() == VolunteerStatus.PAUSED)
			.forEach(e -> pipeline.resume(e.getId(), e.getVersion(), person.accountId()));
		redirect.addFlashAttribute("done", "own.resumed");
		return "redirect:/me/volunteer";
	}

	private String page(Volunteer volunteer, Model model) {
		List<Enrolment> own = enrolments.findByVolunteerId(volunteer.getId());
		Map<Long, ProgrammeView> programmes = own.stream().map(Enrolment::getProgrammeId).distinct()
			.map(organisations::programme).collect(Collectors.toMap(ProgrammeView::id, p -> p));
		Map<Long, List<RequiredTraining>> required = own.stream().map(Enrolment::getProgrammeId).distinct()
			.collect(Collectors.toMap(id -> id, trainings::findByProgrammeIdOrderByName));
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("enrolments", own);
		model.addAttribute("programmes", programmes);
		model.addAttribute("required", required);
		model.addAttribute("coachNames", people.displayNames(own.stream().map(Enrolment::getCoachAccountId)
			.filter(id -> id != null).distinct().toList()));
		model.addAttribute("anyActive", own.stream().anyMatch(e -> e.getStatus().active()));
		model.addAttribute("anyPaused", own.stream().anyMatch(e -> e.getStatus() == VolunteerStatus.PAUSED));
		model.addAttribute("languageCodes", SpokenLanguages.CODES);
		model.addAttribute("languageNames", SpokenLanguages.names(LocaleContextHolder.getLocale()));
		model.addAttribute("steps", List.of(VolunteerStatus.APPLIED, VolunteerStatus.INTAKE_DONE, VolunteerStatus.SCREENED,
				VolunteerStatus.TRAINED, VolunteerStatus.AVAILABLE));
		model.addAttribute("parts", WeekSlot.Part.values());
		model.addAttribute("levels", LanguageLevel.values());
		model.addAttribute("slotGrid", SlotGrid.ROWS);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("interestChoices", Interest.values());
		model.addAttribute("lifeDomains", LifeDomain.values());
		if (!model.containsAttribute("profile")) {
			ProfileForm current = ProfileForm.of(volunteer);
			model.addAttribute("profile", current);
			model.addAttribute("chosenCodes", current.languageCodes());
			model.addAttribute("chosenLevels", current.languageLevels().stream().map(Enum::name).toList());
			model.addAttribute("chosenSlots", current.slots().stream().map(Enum::name).toList());
			model.addAttribute("chosenGender", current.gender() == null ? "" : current.gender().name());
			model.addAttribute("chosenInterests", current.interests().stream().map(Enum::name).toList());
			model.addAttribute("chosenBoundaryDomains", current.boundaryDomains().stream().map(Enum::name).toList());
		}
		return "volunteers/own";
	}
}
