package org.buddywerk.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people changing the same record at once, or a change that breaks a uniqueness rule the form could not
 * check beforehand: the loser is told (409), nothing is half-saved.
 */
@ControllerAdvice
class ConflictHandling {

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}
}
