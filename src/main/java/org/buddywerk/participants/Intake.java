package org.buddywerk.participants;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Taking in a participant and changing their basic profile, with the history of who changed what, when. */
@Service
@Transactional
public class Intake {

	private final ParticipantRepository participants;

	private final ParticipantChangeRepository changes;

	private final ParticipantAccess access;

	private final OrganisationDirectory organisations;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	Intake(ParticipantRepository participants, ParticipantChangeRepository changes, ParticipantAccess access,
			OrganisationDirectory organisations, People people, AuditLog audit, Clock clock) {
		this.participants = participants;
		this.changes = changes;
		this.access = access;
		this.organisations = organisations;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public Participant takeIn(IntakeForm form, long actor) {
		if (!access.takesIn(form.programmeId(), actor)) {
			throw new NotFoundException();
		}
		long professional = form.contactProfessionalId() == null ? actor : form.contactProfessionalId();
		checkProfessional(form.programmeId(), professional);
		Participant participant = new Participant(form.programmeId(), professional, clock.instant());
		participant.take(form, clock.instant());
		participant = participants.save(participant);
		changes.save(new ParticipantChange(participant.getId(), clock.instant(), actor, "created"));
		audit.record(actor, participant.getId(), "basic", AuditEntry.Action.CHANGE);
		return participant;
	}

	public Participant change(long participantId, IntakeForm form, long actor) {
		Participant participant = access.basic(participantId, actor);
		if (!participant.professionalIs(actor) && !access.coordinates(participant, actor)) {
			throw new NotFoundException();
		}
		if (form.version() == null || form.version() != participant.getVersion()) {
			throw new OptimisticLockingFailureException("participant changed meanwhile");
		}
		if (form.contactProfessionalId() != null && !form.contactProfessionalId().equals(participant.getContactProfessionalId())) {
			checkProfessional(participant.getProgrammeId(), form.contactProfessionalId());
		}
		List<String> changed = participant.take(new IntakeForm(participant.getProgrammeId(), form.firstName(),
				form.lastName(), form.phone(), form.email(), form.postalCode(), form.languageCodes(), form.languageLevels(),
				form.dutchLevel(), form.frenchLevel(), form.priorities(), form.needNotes(), form.memberKinds(),
				form.memberBirthYears(), form.interests(), form.aspirations(), form.interestChoices(), form.buddyGender(),
				form.buddyLanguage(), form.buddyPreferences(),
				form.slots(), form.contactProfessionalId(), form.waitingSince(), form.receptionKind(), form.receptionName(),
				form.version()), clock.instant());
		if (!changed.isEmpty()) {
			changes.save(new ParticipantChange(participantId, clock.instant(), actor, String.join(",", changed)));
			audit.record(actor, participantId, "basic", AuditEntry.Action.CHANGE);
		}
		return participant;
	}

	/**
	 * The contact professional (or a coordinator of the programme) shares the case with other professionals of
	 * the programme's organisation: they then read the restricted profile too. Sharing with nobody ends it.
	 */
	public void share(long participantId, long actor, Set<Long> professionals) {
		Participant participant = access.basic(participantId, actor);
		if (participant.getContactProfessionalId() != actor && !access.coordinates(participant, actor)) {
			throw new NotFoundException();
		}
		Set<Long> allowed = professionalsFor(participant.getProgrammeId()).stream()
			.map(org.buddywerk.people.PersonSummary::accountId).collect(java.util.stream.Collectors.toSet());
		if (!allowed.containsAll(professionals)) {
			throw new Refusal(null, "sharing.unknown");
		}
		Set<Long> shared = new java.util.HashSet<>(professionals);
		shared.remove(participant.getContactProfessionalId());
		if (!shared.equals(participant.getSharedWith())) {
			participant.shareWith(shared);
			changes.save(new ParticipantChange(participantId, clock.instant(), actor, "sharing"));
			audit.record(actor, participantId, "sharing", AuditEntry.Action.CHANGE);
		}
	}

	/** Professionals of the programme's organisation who may be a participant's contact. */
	@Transactional(readOnly = true)
	public List<org.buddywerk.people.PersonSummary> professionalsFor(long programmeId) {
		return people.withRole(Set.of(organisations.programme(programmeId).organisationId()), Role.PROFESSIONAL);
	}

	private void checkProfessional(long programmeId, long accountId) {
		if (professionalsFor(programmeId).stream().noneMatch(p -> p.accountId() == accountId)) {
			throw new Refusal("contactProfessionalId", "intake.professional.unknown");
		}
	}
}
