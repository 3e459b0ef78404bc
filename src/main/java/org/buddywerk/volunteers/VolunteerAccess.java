package org.buddywerk.volunteers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, not only roles: a coordinator reaches the volunteers of the programmes of their organisations, a
 * coach the volunteers they coach, a volunteer themselves. Anything else answers 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerAccess {

	private final People people;

	private final OrganisationDirectory organisations;

	private final EnrolmentRepository enrolments;

	private final VolunteerRepository volunteers;

	VolunteerAccess(People people, OrganisationDirectory organisations, EnrolmentRepository enrolments,
			VolunteerRepository volunteers) {
		this.people = people;
		this.organisations = organisations;
		this.enrolments = enrolments;
		this.volunteers = volunteers;
	}

	/** The programmes this coordinator runs: those of the organisations where they are coordinator. */
	public List<ProgrammeView> programmesCoordinatedBy(long accountId) {
		Set<Long> organisationIds = people.organisationsWhere(accountId, Role.COORDINATOR);
		return organisationIds.isEmpty() ? List.of() : organisations.programmesOf(organisationIds);
	}

	public Set<Long> programmeIdsCoordinatedBy(long accountId) {
		return programmesCoordinatedBy(accountId).stream().map(ProgrammeView::id).collect(Collectors.toSet());
	}

	/** A programme this coordinator runs, or 404. */
	public ProgrammeView programmeForCoordinator(long programmeId, long accountId) {
		return programmesCoordinatedBy(accountId).stream().filter(p -> p.id() == programmeId).findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** An enrolment in a programme this coordinator runs, or 404. */
	public Enrolment enrolmentForCoordinator(long enrolmentId, long accountId) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		if (!programmeIdsCoordinatedBy(accountId).contains(enrolment.getProgrammeId())) {
			throw new NotFoundException();
		}
		return enrolment;
	}

	/** A volunteer enrolled in at least one programme this coordinator runs, or 404. */
	public Volunteer volunteerForCoordinator(long volunteerId, long accountId) {
		Set<Long> programmes = programmeIdsCoordinatedBy(accountId);
		boolean enrolled = enrolments.findByVolunteerId(volunteerId).stream()
			.anyMatch(e -> programmes.contains(e.getProgrammeId()));
		if (!enrolled) {
			throw new NotFoundException();
		}
		return volunteers.findById(volunteerId).orElseThrow(NotFoundException::new);
	}

	/** A volunteer this coach coaches in at least one programme, or 404. */
	public Volunteer volunteerForCoach(long volunteerId, long coachAccountId) {
		boolean coached = enrolments.findByVolunteerId(volunteerId).stream()
			.anyMatch(e -> Long.valueOf(coachAccountId).equals(e.getCoachAccountId()));
		if (!coached) {
			throw new NotFoundException();
		}
		return volunteers.findById(volunteerId).orElseThrow(NotFoundException::new);
	}

	/** The volunteer record of the person signed in, if they signed up as a volunteer. */
	public java.util.Optional<Volunteer> ownVolunteer(long accountId) {
		return volunteers.findByAccountId(accountId);
	}
}
