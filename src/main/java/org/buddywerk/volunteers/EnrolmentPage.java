package org.buddywerk.volunteers;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.Today;
import org.buddywerk.volunteers.StepForms.CoachForm;
import org.buddywerk.volunteers.StepForms.IntakeForm;
import org.buddywerk.volunteers.StepForms.ReasonForm;
import org.buddywerk.volunteers.StepForms.ScreeningForm;
import org.buddywerk.volunteers.StepForms.StandbyContactForm;
import org.buddywerk.volunteers.StepForms.StopForm;
import org.buddywerk.volunteers.StepForms.TrainingForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/**
 * One volunteer in one programme, for its coordinator: profile, each pipeline step with its form, what is
 * still missing, the history, coach check-ins and standby contacts.
 */
@Controller
@RequestMapping("/volunteers/enrolments/{id}")
class EnrolmentPage {

	private final VolunteerAccess access;

	private final Pipeline pipeline;

	private final VolunteerRepository volunteers;

	private final EnrolmentEventRepository events;

	private final RequiredTrainingRepository trainings;

	private final CoachCheckinRepository checkins;

	private final StandbyContactRepository standby;

	private final OrganisationDirectory organisations;

	private final People people;

	private final java.time.Clock clock;

	EnrolmentPage(VolunteerAccess access, Pipeline pipeline, VolunteerRepository volunteers,
			EnrolmentEventRepository events, RequiredTrainingRepository trainings, CoachCheckinRepository checkins,
			StandbyContactRepository standby, OrganisationDirectory organisations, People people,
			java.time.Clock clock) {
		this.access = access;
		this.pipeline = pipeline;
		this.volunteers = volunteers;
		this.events = events;
		this.trainings = trainings;
		this.checkins = checkins;
		this.standby = standby;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		return page(access.enrolmentForCoordinator(id, person.accountId()), model);
	}

	@PostMapping("/intake")
	String intake(@PathVariable long id, @Valid @ModelAttribute("intake") IntakeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		return step(id, person, result, model, redirect, e -> pipeline.recordIntake(id, form.version(),
				person.accountId(), form.on(), org.buddywerk.platform.Text.orNull(form.notes()), form.decision()));
	}

	@PostMapping("/screening")
	String screening(@PathVariable long id, @Valid @ModelAttribute("screening") ScreeningForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		return step(id, person, result, model, redirect, e -> pipeline.recordScreening(id, form.version(),
				person.accountId(), form.kind(), form.issuedOn(), form.validUntil()));
	}

	@PostMapping("/training")
	String training(@PathVariable long id, @Valid @ModelAttribute("training") TrainingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		return step(id, person, result, model, redirect, e -> pipeline.recordTraining(id, form.version(),
				person.accountId(), form.trainingId(), form.completedOn(), form.hours()));
	}

	@PostMapping("/coach")
	String coach(@PathVariable long id, @Valid @ModelAttribute("coach") CoachForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		return step(id, person, result, model, redirect,
				e -> pipeline.assignCoach(id, form.version(), person.accountId(), form.coachAccountId()));
	}

	@PostMapping("/advance")
	String advance(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInPerson person,
			Model model, RedirectAttributes redirect) {
		Enrolment enrolment = access.enrolmentForCoordinator(id, person.accountId());
		try {
			pipeline.advance(id, version, person.accountId());
		}
		catch (Refusal refusal) {
			model.addAttribute("advanceRefused", refusal.messageKey());
			return page(enrolment, model);
		}
		catch (OptimisticLockingFailureException changed) {
			model.addAttribute("advanceRefused", "form.changedMeanwhile");
			return page(enrolment, model);
		}
		redirect.addFlashAttribute("done", "pipeline.done.advanced");
		return "redirect:/volunteers/enrolments/" + id;
	}

	@PostMapping("/pause")
	String pause(@PathVariable long id, @Valid @ModelAttribute("pause") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		return step(id, person, result, model, redirect,
				e -> pipeline.pause(id, form.version(), person.accountId(), form.reason().strip()));
	}

	@PostMapping("/resume")
	String resume(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInPerson person,
			Model model, RedirectAttributes redirect) {
		Enrolment enrolment = access.enrolmentForCoordinator(id, person.accountId());
		try {
			pipeline.resume(id, version, person.accountId());
		}
		catch (Refusal | OptimisticLockingFailureException refused) {
			model.addAttribute("advanceRefused", refused instanceof Refusal r ? r.messageKey() : "form.changedMeanwhile");
			return page(enrolment, model);
		}
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/volunteers/enrolments/" + id;
	}

	@PostMapping("/stop")
	String stop(@PathVariable long id, @Valid @ModelAttribute("stop") StopForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		return step(id, person, result, model, redirect,
				e -> pipeline.stop(id, form.version(), person.accountId(), form.reason().strip()));
	}

	@PostMapping("/standby-contact")
	String standbyContact(@PathVariable long id, @Valid @ModelAttribute("standbyContact") StandbyContactForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		return step(id, person, result, model, redirect,
				e -> pipeline.recordStandbyContact(id, person.accountId(), form.on(), form.note().strip()));
	}

	@PostMapping("/standby-told")
	String standbyTold(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		access.enrolmentForCoordinator(id, person.accountId());
		pipeline.toldNothingYet(id, person.accountId());
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/volunteers/enrolments/" + id;
	}

	/** Checks access, then either shows the form's errors on the page or carries out the step and redirects. */
	private String step(long id, SignedInPerson person, BindingResult result, Model model, RedirectAttributes redirect,
			Consumer<Enrolment> action) {
		Enrolment enrolment = access.enrolmentForCoordinator(id, person.accountId());
		if (result.hasErrors()) {
			return page(enrolment, model);
		}
		try {
			action.accept(enrolment);
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return page(enrolment, model);
		}
		catch (OptimisticLockingFailureException changed) {
			result.reject("form.changedMeanwhile");
			return page(enrolment, model);
		}
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/volunteers/enrolments/" + id;
	}

	private String page(Enrolment enrolment, Model model) {
		Volunteer volunteer = volunteers.findById(enrolment.getVolunteerId()).orElseThrow();
		ProgrammeView programme = organisations.programme(enrolment.getProgrammeId());
		long version = enrolment.getVersion();
		java.time.LocalDate today = Today.on(clock);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("programme", programme);
		model.addAttribute("missing", pipeline.missingForNextStep(enrolment));
		List<EnrolmentEvent> history = events.findByEnrolmentIdOrderByHappenedAtDescIdDesc(enrolment.getId());
		model.addAttribute("events", history);
		model.addAttribute("requiredTrainings", trainings.findByProgrammeIdOrderByName(enrolment.getProgrammeId()));
		model.addAttribute("completed", enrolment.completedTrainingIds());
		model.addAttribute("checkins", checkins.findByVolunteerIdOrderByHappenedOnDescIdDesc(volunteer.getId()));
		model.addAttribute("standbyContacts", standby.findByEnrolmentIdOrderByHappenedOnDescIdDesc(enrolment.getId()));
		model.addAttribute("coaches", people.withRole(Set.of(programme.organisationId()), Role.COACH));
		model.addAttribute("screeningKinds", ScreeningKind.values());
		model.addAttribute("decisions", IntakeDecision.values());
		model.addAttribute("validityMonths", pipeline.settingsOf(programme.id()).getScreeningValidityMonths());
		java.util.Set<Long> actors = new java.util.HashSet<>();
		history.stream()
			.map(EnrolmentEvent::getActorAccountId).filter(a -> a != null).forEach(actors::add);
		if (enrolment.getCoachAccountId() != null) {
			actors.add(enrolment.getCoachAccountId());
		}
		model.addAttribute("names", people.displayNames(actors));
		putIfAbsent(model, "intake", new IntakeForm(today, null, IntakeDecision.ACCEPTED, version));
		putIfAbsent(model, "screening", new ScreeningForm(ScreeningKind.BE_CRIMINAL_RECORD_MODEL_2, null, null, version));
		putIfAbsent(model, "training", new TrainingForm(null, today, null, version));
		putIfAbsent(model, "coach", new CoachForm(enrolment.getCoachAccountId(), version));
		putIfAbsent(model, "pause", new ReasonForm(null, version));
		putIfAbsent(model, "stop", new StopForm(null, false, version));
		putIfAbsent(model, "standbyContact", new StandbyContactForm(today, null));
		return "volunteers/enrolment";
	}

	private static void putIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
