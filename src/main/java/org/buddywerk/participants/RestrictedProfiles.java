package org.buddywerk.participants;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to the restricted profile. Each read writes exactly one audit entry; each refused attempt
 * writes one too. Coordinators of the programme may break the glass for {@link #BREAK_GLASS} with a reason.
 */
@Service
@Transactional
class RestrictedProfiles {

	static final Duration BREAK_GLASS = Duration.ofHours(3);

	static final String SECTION = "restricted";

	private final RestrictedProfileRepository profiles;

	private final BreakGlassRepository breakGlasses;

	private final ParticipantAccess access;

	private final AuditLog audit;

	private final Clock clock;

	RestrictedProfiles(RestrictedProfileRepository profiles, BreakGlassRepository breakGlasses, ParticipantAccess access,
			AuditLog audit, Clock clock) {
		this.profiles = profiles;
		this.breakGlasses = breakGlasses;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The profile (empty when nothing was written yet), or 404 for whoever may not read it; both audited. */
	@Transactional(readOnly = true)
	Optional<RestrictedProfile> read(Participant participant, long actor) {
		if (!access.readsRestricted(participant, actor)) {
			audit.record(actor, participant.getId(), SECTION, AuditEntry.Action.DENIED);
			throw new NotFoundException();
		}
		audit.record(actor, participant.getId(), SECTION, AuditEntry.Action.READ);
		return profiles.findById(participant.getId());
	}

	void write(Participant participant, long actor, RestrictedForm form) {
		if (!access.readsRestricted(participant, actor)) {
			audit.record(actor, participant.getId(), SECTION, AuditEntry.Action.DENIED);
			throw new NotFoundException();
		}
		RestrictedProfile profile = profiles.findById(participant.getId())
			.orElseGet(() -> new RestrictedProfile(participant.getId()));
		if (profile.getUpdatedAt() != null && (form.version() == null || form.version() != profile.getVersion())) {
			throw new OptimisticLockingFailureException("restricted profile changed meanwhile");
		}
		profile.write(form, actor, clock.instant());
		profiles.save(profile);
		audit.record(actor, participant.getId(), SECTION, AuditEntry.Action.CHANGE);
	}

	/** A coordinator of the programme opens the profile for three hours; the reason is required and kept. */
	BreakGlass breakGlass(Participant participant, long coordinator, String reason) {
		if (!access.mayBreakGlass(participant, coordinator)) {
			audit.record(coordinator, participant.getId(), SECTION, AuditEntry.Action.DENIED);
			throw new NotFoundException();
		}
		if (reason == null || reason.isBlank()) {
			throw new Refusal("reason", "NotBlank");
		}
		BreakGlass granted = breakGlasses.save(new BreakGlass(participant.getId(), coordinator, reason.strip(),
				clock.instant(), clock.instant().plus(BREAK_GLASS)));
		audit.record(coordinator, participant.getId(), SECTION, AuditEntry.Action.BREAK_GLASS);
		return granted;
	}

	/** Every break-glass on this participant, newest first: shown to their professional. */
	@Transactional(readOnly = true)
	List<BreakGlass> breakGlassesOn(long participantId) {
		return breakGlasses.findByParticipantIdOrderByGrantedAtDesc(participantId);
	}
}
