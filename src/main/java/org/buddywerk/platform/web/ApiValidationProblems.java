package org.buddywerk.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Invalid API input as an RFC 9457 problem that names each field and what is wrong with it. */
@RestControllerAdvice(annotations = RestController.class)
class ApiValidationProblems {

	/** One invalid field, with a message in the caller's language. */
	record FieldProblem(String field, String message) {
	}

	private final MessageSource messages;

	ApiValidationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = exception.getBindingResult().getFieldErrors().stream()
				.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
				.toList();
		ProblemDetail problem = problem(locale);
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A query or path parameter of the wrong type or out of bounds, named with what is wrong with it. */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception exception) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = exception instanceof MethodArgumentTypeMismatchException mismatch
				? List.of(new FieldProblem(mismatch.getName(), messages.getMessage("typeMismatch", null, locale)))
				: ((HandlerMethodValidationException) exception).getParameterValidationResults().stream()
					.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
								messages.getMessage(error, locale))))
					.toList();
		ProblemDetail problem = problem(locale);
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.400.explanation", null, locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		return problem;
	}
}
