package org.buddywerk.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error, in the user's language and without internals: an HTML page for browsers, an RFC 9457 problem
 * detail for everything else (the API).
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		response.setStatus(status.value());
		return new ModelAndView("error", Map.of("status", status.value(), "titleKey", titleKey(status),
				"explanationKey", explanationKey(status)), status);
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(explanationKey(status), null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(titleKey(status), null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	static String titleKey(HttpStatus status) {
		return "error." + known(status) + ".title";
	}

	static String explanationKey(HttpStatus status) {
		return "error." + known(status) + ".explanation";
	}

	/** The statuses with their own text; any other 4xx reads as a bad request, any 5xx as a server error. */
	private static int known(HttpStatus status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 409, 413, 422, 429 -> status.value();
			default -> status.is4xxClientError() ? 400 : 500;
		};
	}
}
