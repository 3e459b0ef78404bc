package org.buddywerk.organisations;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.buddywerk.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations} and {@code /api/v1/programmes}: read for coordinators and admins, write for admins. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and programmes")
class OrganisationApi {

	/** A page of results with what a client needs to ask for the next one. */
	record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

		static <T> PageOf<T> of(Page<T> page) {
			return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	OrganisationApi(OrganisationDirectory directory, OrganisationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations, searched by name or city, a page at a time")
	PageOf<OrganisationView> organisations(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
		return PageOf.of(directory.organisations(q, Paging.of(page, size, sort, dir, Set.of("name", "kind", "city"), "name")));
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "One organisation")
	OrganisationView organisation(@PathVariable long id) {
		return directory.organisation(id);
	}

	@PostMapping("/organisations")
	@Operation(summary = "Add an organisation (admins)")
	ResponseEntity<OrganisationView> createOrganisation(@Valid @RequestBody OrganisationForm form) {
		long id = administration.createOrganisation(form);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(directory.organisation(id));
	}

	@PutMapping("/organisations/{id}")
	@Operation(summary = "Change an organisation (admins); send the version you read")
	OrganisationView updateOrganisation(@PathVariable long id, @Valid @RequestBody OrganisationForm form) {
		administration.updateOrganisation(id, form);
		return directory.organisation(id);
	}

	@GetMapping("/programmes")
	@Operation(summary = "Programmes, searched by name or target group, a page at a time")
	PageOf<ProgrammeView> programmes(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
		return PageOf.of(directory.programmes(q, Paging.of(page, size, sort, dir, Set.of("name", "active", "fundingEnd"), "name")));
	}

	@GetMapping("/programmes/{id}")
	@Operation(summary = "One programme")
	ProgrammeView programme(@PathVariable long id) {
		return directory.programme(id);
	}

	@PostMapping("/programmes")
	@Operation(summary = "Add a programme (admins)")
	ResponseEntity<ProgrammeView> createProgramme(@Valid @RequestBody ProgrammeForm form) {
		long id = administration.createProgramme(form);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(directory.programme(id));
	}

	@PutMapping("/programmes/{id}")
	@Operation(summary = "Change a programme (admins); send the version you read")
	ProgrammeView updateProgramme(@PathVariable long id, @Valid @RequestBody ProgrammeForm form) {
		administration.updateProgramme(id, form);
		return directory.programme(id);
	}
}
