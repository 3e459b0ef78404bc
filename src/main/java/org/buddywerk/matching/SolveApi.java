package org.buddywerk.matching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.buddywerk.matching.engine.InvalidInstanceException;
import org.buddywerk.matching.engine.MatchingEngine;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.matching.engine.MatchingResult;
import org.buddywerk.matching.engine.json.InstanceJson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/matching/solve}: the engine as a service for coordinators, with the JSON of the command
 * line. The body is read by {@link InstanceJson} rather than bound by Spring, so that both read the same
 * strict format and say the same things about a bad one, here in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching")
class SolveApi {

	/**
	 * 16 MiB is some 300,000 pairs: a region's batch, solved in well under a second. The request is held in
	 * memory while it is read, so more is refused (413); larger batches go through the command line.
	 */
	static final int MAX_BYTES = 16 * 1024 * 1024;

	private final MessageSource messages;

	SolveApi(MessageSource messages) {
		this.messages = messages;
	}

	@PostMapping(path = "/solve", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The optimal assignment of participants to buddies: at most one buddy per participant, at "
			+ "most its capacity per buddy, the lowest sum of the chosen pairs' costs and the unmatched participants' "
			+ "penalties. Costs and penalties are whole numbers from 0 to 1,000,000,000; ids are strings. At most "
			+ "16 MiB (413 beyond); an invalid instance is a 400 problem that says what is wrong",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = MatchingInstance.class))),
			responses = @ApiResponse(responseCode = "200", description = "The optimal assignment",
					content = @Content(schema = @Schema(implementation = MatchingResult.class))))
	MatchingResult solve(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		// a body without a length is read up to one byte past the limit, which tells whether it is too long
		try (InputStream body = request.getInputStream()) {
			byte[] instance = body.readNBytes(MAX_BYTES + 1);
			if (instance.length > MAX_BYTES) {
				throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
			}
			return MatchingEngine.solve(InstanceJson.read(new ByteArrayInputStream(instance)));
		}
	}

	@ExceptionHandler(InvalidInstanceException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInstanceException invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(invalid.key(), invalid.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.400.title", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
