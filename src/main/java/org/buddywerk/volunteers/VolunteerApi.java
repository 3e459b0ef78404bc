package org.buddywerk.volunteers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.WeekSlot;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /api/v1/volunteers}: for coordinators, the volunteers of the programmes they run. A volunteer or
 * programme they do not run answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/volunteers")
@Tag(name = "Volunteers")
class VolunteerApi {

	/** A query parameter that could not be used, with a message in the caller's language. */
	record ParameterProblem(String field, String message) {
	}

	private final VolunteerAccess access;

	private final VolunteerSearch search;

	private final MessageSource messages;

	VolunteerApi(VolunteerAccess access, VolunteerSearch search, MessageSource messages) {
		this.access = access;
		this.search = search;
		this.messages = messages;
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

	/** An unknown status or slot, or a value out of shape: a problem naming the parameter, not a bare 400. */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception exception) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ParameterProblem> problems = exception instanceof MethodArgumentTypeMismatchException mismatch
				? List.of(new ParameterProblem(mismatch.getName(), messages.getMessage("typeMismatch", null, locale)))
				: ((HandlerMethodValidationException) exception).getParameterValidationResults().stream()
					.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new ParameterProblem(result.getMethodParameter().getParameterName(),
								messages.getMessage(error, locale))))
					.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.400.explanation", null, locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setProperty("errors", problems);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
