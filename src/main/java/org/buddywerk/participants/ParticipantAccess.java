package org.buddywerk.participants;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may see what of a participant (DESIGN.md §4). Basic profile: their professionals, the professionals and
 * coordinators of the programme's organisation, and the participant themselves. Contact details: their
 * professionals and the programme's coordinators. Restricted profile: their professionals only, or a
 * coordinator of the programme during a break-glass. Anyone else is told the record does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantAccess {

	private final People people;

	private final OrganisationDirectory organisations;

	private final ParticipantRepository participants;

	private final BreakGlassRepository breakGlasses;

	private final Clock clock;

	ParticipantAccess(People people, OrganisationDirectory organisations, ParticipantRepository participants,
			BreakGlassRepository breakGlasses, Clock clock) {
		this.people = people;
		this.organisations = organisations;
		this.participants = participants;
		this.breakGlasses = breakGlasses;
		this.clock = clock;
	}

	/**
	 * The programmes of the organisations where this account holds this role. One page asks this several times
	 * (basic, contact, restricted, break-glass, sharing), so the answer is kept for the rest of the request.
	 */
	@SuppressWarnings("unchecked")
	public Set<Long> programmesWhere(long accountId, Role role) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = ParticipantAccess.class.getName() + ".programmes." + accountId + "." + role;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> known) {
			return (Set<Long>) known;
		}
		Set<Long> organisationIds = people.organisationsWhere(accountId, role);
		Set<Long> found = organisationIds.isEmpty() ? Set.of()
				: organisations.programmesOf(organisationIds).stream().map(ProgrammeView::id).collect(Collectors.toUnmodifiableSet());
		if (request != null) {
			request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
		}
		return found;
	}

	/** The participant if this account may see the basic profile, else 404. */
	public Participant basic(long participantId, long accountId) {
		Participant participant = participants.findById(participantId).orElseThrow(NotFoundException::new);
		if (!seesBasic(participant, accountId)) {
			throw new NotFoundException();
		}
		return participant;
	}

	boolean seesBasic(Participant participant, long accountId) {
		return participant.professionalIs(accountId) || Long.valueOf(accountId).equals(participant.getAccountId())
				|| programmesWhere(accountId, Role.PROFESSIONAL).contains(participant.getProgrammeId())
				|| coordinates(participant, accountId);
	}

	public boolean seesContact(Participant participant, long accountId) {
		return participant.professionalIs(accountId) || coordinates(participant, accountId);
	}

	/** The restricted profile: the participant's own professionals, or a coordinator during a break-glass. */
	public boolean readsRestricted(Participant participant, long accountId) {
		return participant.professionalIs(accountId) || (coordinates(participant, accountId)
				&& !breakGlasses.activeFor(participant.getId(), accountId, clock.instant()).isEmpty());
	}

	/** Break-glass is for the programme's coordinators who are not already the participant's professional. */
	public boolean mayBreakGlass(Participant participant, long accountId) {
		return coordinates(participant, accountId) && !participant.professionalIs(accountId);
	}

	/** May take in or change participants of this programme: its professionals and coordinators. */
	public boolean takesIn(long programmeId, long accountId) {
		return programmesWhere(accountId, Role.PROFESSIONAL).contains(programmeId)
				|| programmesWhere(accountId, Role.COORDINATOR).contains(programmeId);
	}

	public boolean coordinates(Participant participant, long accountId) {
		return programmesWhere(accountId, Role.COORDINATOR).contains(participant.getProgrammeId());
	}
}
