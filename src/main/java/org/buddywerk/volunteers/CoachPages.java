package org.buddywerk.volunteers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.Today;
import org.buddywerk.volunteers.StepForms.CheckinForm;
import org.buddywerk.volunteers.VolunteerViews.CoachedBuddy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coach's buddies: their status and screening per programme, and check-in notes the coordinator reads too
 * and the buddy never sees. A coach does not see screening certificates' details beyond their validity.
 */
@Controller
class CoachPages {

	private final VolunteerAccess access;

	private final EnrolmentRepository enrolments;

	private final VolunteerRepository volunteers;

	private final CoachCheckinRepository checkins;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	CoachPages(VolunteerAccess access, EnrolmentRepository enrolments, VolunteerRepository volunteers,
			CoachCheckinRepository checkins, OrganisationDirectory organisations, Clock clock) {
		this.access = access;
		this.enrolments = enrolments;
		this.volunteers = volunteers;
		this.checkins = checkins;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/coach/buddies")
	String buddies(@AuthenticationPrincipal SignedInPerson person, Model model) {
		List<Enrolment> coached = enrolments.findByCoachAccountId(person.accountId());
		Map<Long, List<Enrolment>> perVolunteer = coached.stream().collect(Collectors.groupingBy(Enrolment::getVolunteerId));
		Map<Long, String> programmeNames = programmeNames(coached);
		List<CoachedBuddy> buddies = volunteers.findAllById(perVolunteer.keySet()).stream()
			.sorted(java.util.Comparator.comparing(Volunteer::getName, String.CASE_INSENSITIVE_ORDER))
			.map(v -> new CoachedBuddy(v, perVolunteer.get(v.getId()), programmeNames))
			.toList();
		model.addAttribute("buddies", buddies);
		return "volunteers/coach-buddies";
	}

	@GetMapping("/coach/buddies/{volunteerId}")
	String buddy(@PathVariable long volunteerId, @AuthenticationPrincipal SignedInPerson person, Model model) {
		return page(access.volunteerForCoach(volunteerId, person.accountId()), person, model);
	}

	@PostMapping("/coach/buddies/{volunteerId}/checkins")
	@Transactional
	String checkin(@PathVariable long volunteerId, @Valid @ModelAttribute("checkin") CheckinForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		Volunteer volunteer = access.volunteerForCoach(volunteerId, person.accountId());
		if (!result.hasErrors() && form.on().isAfter(Today.on(clock))) {
			result.rejectValue("on", "pipeline.dateInFuture");
		}
		if (result.hasErrors()) {
			return page(volunteer, person, model);
		}
		checkins.save(new CoachCheckin(volunteerId, person.accountId(), form.on(), form.note().strip(), clock.instant()));
		redirect.addFlashAttribute("done", "pipeline.done.saved");
		return "redirect:/coach/buddies/" + volunteerId;
	}

	private String page(Volunteer volunteer, SignedInPerson person, Model model) {
		List<Enrolment> coached = enrolments.findByVolunteerId(volunteer.getId()).stream()
			.filter(e -> Long.valueOf(person.accountId()).equals(e.getCoachAccountId())).toList();
		model.addAttribute("buddy", new CoachedBuddy(volunteer, coached, programmeNames(coached)));
		model.addAttribute("checkins", checkins.findByVolunteerIdOrderByHappenedOnDescIdDesc(volunteer.getId()));
		if (!model.containsAttribute("checkin")) {
			model.addAttribute("checkin", new CheckinForm(Today.on(clock), null));
		}
		return "volunteers/coach-buddy";
	}

	private Map<Long, String> programmeNames(List<Enrolment> enrolmentList) {
		return enrolmentList.stream().map(Enrolment::getProgrammeId).distinct()
			.map(organisations::programme).collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name));
	}
}
