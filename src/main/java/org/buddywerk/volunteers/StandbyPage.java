package org.buddywerk.volunteers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.volunteers.VolunteerViews.StandbyRow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The standby pool: approved volunteers with nobody to meet yet, longest waiting first, when they were last
 * contacted, and other active programmes that need what they offer.
 */
@Controller
class StandbyPage {

	private final VolunteerAccess access;

	private final EnrolmentRepository enrolments;

	private final VolunteerRepository volunteers;

	private final StandbyContactRepository contacts;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	StandbyPage(VolunteerAccess access, EnrolmentRepository enrolments, VolunteerRepository volunteers,
			StandbyContactRepository contacts, OrganisationDirectory organisations, Clock clock) {
		this.access = access;
		this.enrolments = enrolments;
		this.volunteers = volunteers;
		this.contacts = contacts;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/volunteers/standby")
	String standby(@RequestParam(required = false) Long programme, @AuthenticationPrincipal SignedInPerson person,
			Model model) {
		List<ProgrammeView> programmes = access.programmesCoordinatedBy(person.accountId());
		Set<Long> shown = programme == null ? programmes.stream().map(ProgrammeView::id).collect(Collectors.toSet())
				: Set.of(access.programmeForCoordinator(programme, person.accountId()).id());
		List<Enrolment> waiting = shown.isEmpty() ? List.of() : enrolments.availableIn(shown);
		Map<Long, Volunteer> byId = volunteers.findAllById(waiting.stream().map(Enrolment::getVolunteerId).toList())
			.stream().collect(Collectors.toMap(Volunteer::getId, v -> v));
		Map<Long, LocalDate> lastContact = new HashMap<>();
		if (!waiting.isEmpty()) {
			contacts.lastContactPer(waiting.stream().map(Enrolment::getId).toList())
				.forEach(row -> lastContact.put((Long) row[0], (LocalDate) row[1]));
		}
		List<ProgrammeView> active = programmes.stream().filter(ProgrammeView::active).toList();
		List<StandbyRow> rows = waiting.stream()
			.map(e -> new StandbyRow(e, byId.get(e.getVolunteerId()),
					Duration.between(e.getStatusSince(), clock.instant()).toDays(), lastContact.get(e.getId()),
					otherProgrammesFor(byId.get(e.getVolunteerId()), e.getProgrammeId(), active)))
			.sorted((a, b) -> a.enrolment().getStatusSince().compareTo(b.enrolment().getStatusSince()))
			.toList();
		model.addAttribute("programmes", programmes);
		model.addAttribute("programme", programme);
		model.addAttribute("rows", rows);
		model.addAttribute("programmeNames", programmes.stream().collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name)));
		return "volunteers/standby";
	}

	/** Other active programmes whose life domains this volunteer can help with. */
	private static List<ProgrammeView> otherProgrammesFor(Volunteer volunteer, long current, List<ProgrammeView> active) {
		if (volunteer == null) {
			return List.of();
		}
		return active.stream()
			.filter(p -> p.id() != current && !Collections.disjoint(p.lifeDomains(), volunteer.getDomains()))
			.toList();
	}
}
