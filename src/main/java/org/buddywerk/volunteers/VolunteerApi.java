package org.buddywerk.volunteers;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/volunteers}: for coordinators, the volunteers of the programmes they run. A volunteer or
 * programme they do not run answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/volunteers")
@Tag(name = "Volunteers")
class VolunteerApi {

	private final VolunteerAccess access;

	private final VolunteerSearch search;

	VolunteerApi(VolunteerAccess access, VolunteerSearch search) {
		this.access = access;
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Volunteers of the programmes you run (or of one of them), filtered, by name, a page at a time; "
			+ "one item per volunteer and programme. postalArea matches the start of the postal code; expiringSoon "
			+ "keeps screenings ending within 30 days")
	VolunteerPageResponse volunteers(@RequestParam(required = false) Long programme,
			@RequestParam(required = false) VolunteerStatus status,
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2,3}", message = "{typeMismatch}") String language,
			@RequestParam(required = false) @Size(max = 10) String postalArea,
			@RequestParam(required = false) WeekSlot slot, @RequestParam(defaultValue = "false") boolean expiringSoon,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal SignedInPerson person) {
		List<ProgrammeView> programmes = programme == null ? access.programmesCoordinatedBy(person.accountId())
				: List.of(access.programmeForCoordinator(programme, person.accountId()));
		return search.find(programmes, new VolunteerSearchFilter(status, language, postalArea, slot, expiringSoon),
				Paging.of(page, size, null, null, Set.of(), "name"));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One volunteer's profile, with their enrolments in the programmes you run (only those)")
	VolunteerProfileResponse volunteer(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
		return search.profile(id, person.accountId());
	}

}
