package org.buddywerk.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.Today;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's steps through a volunteer's pipeline. Each step is checked against the rules, recorded
 * with who and when, and refused with the reason when its requirements are not met.
 */
@Service
@Transactional
public class Pipeline {

	private final EnrolmentRepository enrolments;

	private final EnrolmentEventRepository events;

	private final VolunteerRepository volunteers;

	private final RequiredTrainingRepository trainings;

	private final ProgrammeVolunteeringRepository settings;

	private final StandbyContactRepository standby;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	Pipeline(EnrolmentRepository enrolments, EnrolmentEventRepository events, VolunteerRepository volunteers,
			RequiredTrainingRepository trainings, ProgrammeVolunteeringRepository settings,
			StandbyContactRepository standby, OrganisationDirectory organisations, People people, Clock clock) {
		this.enrolments = enrolments;
		this.events = events;
		this.volunteers = volunteers;
		this.trainings = trainings;
		this.settings = settings;
		this.standby = standby;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	/** A new enrolment of a volunteer in a programme, in status APPLIED. */
	Enrolment apply(long volunteerId, long programmeId, Long actor) {
		Enrolment enrolment = enrolments.save(new Enrolment(volunteerId, programmeId, clock.instant()));
		record(enrolment, actor, EnrolmentEvent.Kind.APPLIED, null, VolunteerStatus.APPLIED, null);
		return enrolment;
	}

	public void recordIntake(long enrolmentId, long version, long actor, LocalDate on, String notes,
			IntakeDecision decision) {
		Enrolment enrolment = current(enrolmentId, version);
		notInFuture(on, "on");
		enrolment.recordIntake(on, notes, decision);
		record(enrolment, actor, EnrolmentEvent.Kind.INTAKE, null, null, decision.name());
		if (decision == IntakeDecision.DECLINED) {
			stopNow(enrolment, actor, "intake: " + (notes == null ? "" : notes));
		}
		else if (enrolment.getStatus() == VolunteerStatus.APPLIED) {
			move(enrolment, actor, VolunteerStatus.INTAKE_DONE, null);
		}
	}

	/** Records the certificate; without an end date it counts for the programme's default validity. */
	public void recordScreening(long enrolmentId, long version, long actor, ScreeningKind kind, LocalDate issuedOn,
			LocalDate validUntil) {
		Enrolment enrolment = current(enrolmentId, version);
		notInFuture(issuedOn, "issuedOn");
		LocalDate until = validUntil != null ? validUntil
				: issuedOn.plusMonths(settingsOf(enrolment.getProgrammeId()).getScreeningValidityMonths());
		if (!until.isAfter(issuedOn)) {
			throw new Refusal("validUntil", "pipeline.screening.endBeforeStart");
		}
		enrolment.recordScreening(kind, issuedOn, until);
		record(enrolment, actor, EnrolmentEvent.Kind.SCREENING, null, null, kind.name() + " " + issuedOn + " – " + until);
		if (enrolment.getStatus() == VolunteerStatus.INTAKE_DONE
				&& enrolment.missingFor(VolunteerStatus.SCREENED, today(), Set.of()).isEmpty()) {
			move(enrolment, actor, VolunteerStatus.SCREENED, null);
		}
	}

	public void recordTraining(long enrolmentId, long version, long actor, long trainingId, LocalDate completedOn,
			BigDecimal hours) {
		Enrolment enrolment = current(enrolmentId, version);
		RequiredTraining training = trainings.findById(trainingId)
			.filter(t -> t.getProgrammeId().equals(enrolment.getProgrammeId()))
			.orElseThrow(() -> new Refusal("trainingId", "pipeline.training.unknown"));
		notInFuture(completedOn, "completedOn");
		enrolment.recordTraining(new CompletedTraining(training.getId(), completedOn, hours));
		record(enrolment, actor, EnrolmentEvent.Kind.TRAINING, null, null, training.getName() + " " + completedOn);
		if (enrolment.getStatus() == VolunteerStatus.SCREENED
				&& enrolment.missingFor(VolunteerStatus.TRAINED, today(), requiredFor(enrolment)).isEmpty()) {
			move(enrolment, actor, VolunteerStatus.TRAINED, null);
		}
	}

	public void assignCoach(long enrolmentId, long version, long actor, long coachAccountId) {
		Enrolment enrolment = current(enrolmentId, version);
		long organisationId = organisations.programme(enrolment.getProgrammeId()).organisationId();
		boolean isCoach = people.withRole(Set.of(organisationId), Role.COACH).stream()
			.anyMatch(c -> c.accountId() == coachAccountId);
		if (!isCoach) {
			throw new Refusal("coachAccountId", "pipeline.coach.unknown");
		}
		enrolment.assignCoach(coachAccountId);
		record(enrolment, actor, EnrolmentEvent.Kind.COACH, null, null, null);
	}

	/** One step forward, or a refusal naming everything that is still missing. */
	public VolunteerStatus advance(long enrolmentId, long version, long actor) {
		Enrolment enrolment = current(enrolmentId, version);
		if (!enrolment.getStatus().active()) {
			throw new Refusal(null, "pipeline.missing.notActive");
		}
		VolunteerStatus target = enrolment.getStatus().next();
		if (target == null) {
			throw new Refusal(null, "pipeline.missing.noNextStep");
		}
		List<String> missing = enrolment.missingFor(target, today(), requiredFor(enrolment));
		if (!missing.isEmpty()) {
			throw new Refusal(null, missing.get(0));
		}
		move(enrolment, actor, target, null);
		return target;
	}

	/** What still keeps this enrolment from its next step (message keys); empty when it may move on. */
	@Transactional(readOnly = true)
	public List<String> missingForNextStep(Enrolment enrolment) {
		VolunteerStatus target = enrolment.getStatus().next();
		return target == null ? List.of() : enrolment.missingFor(target, today(), requiredFor(enrolment));
	}

	public void pause(long enrolmentId, long version, long actor, String reason) {
		Enrolment enrolment = current(enrolmentId, version);
		if (!enrolment.getStatus().active()) {
			throw new Refusal(null, "pipeline.missing.notActive");
		}
		VolunteerStatus from = enrolment.getStatus();
		enrolment.pause(reason, clock.instant());
		record(enrolment, actor, EnrolmentEvent.Kind.STATUS, from, VolunteerStatus.PAUSED, reason);
	}

	public void resume(long enrolmentId, long version, long actor) {
		Enrolment enrolment = current(enrolmentId, version);
		if (enrolment.getStatus() != VolunteerStatus.PAUSED) {
			throw new Refusal(null, "pipeline.notPaused");
		}
		enrolment.resume(clock.instant());
		record(enrolment, actor, EnrolmentEvent.Kind.STATUS, VolunteerStatus.PAUSED, enrolment.getStatus(), null);
	}

	/** Stops the volunteer in this programme; without another active programme their account ends too. */
	public void stop(long enrolmentId, long version, long actor, String reason) {
		Enrolment enrolment = current(enrolmentId, version);
		if (enrolment.getStatus() == VolunteerStatus.STOPPED) {
			return;
		}
		stopNow(enrolment, actor, reason);
	}

	/**
	 * Matching paired this buddy with a participant. A buddy with room for more is MATCHED already and stays so;
	 * anyone else (paused, stopped, not yet available) cannot be matched.
	 */
	void matched(long enrolmentId, long actor) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		if (enrolment.getStatus() == VolunteerStatus.AVAILABLE) {
			move(enrolment, actor, VolunteerStatus.MATCHED, null);
		}
		else if (enrolment.getStatus() != VolunteerStatus.MATCHED) {
			throw new Refusal(null, "pipeline.notMatchable");
		}
	}

	/** The buddy's match ended: available again. Only a matched buddy moves, or a paused one who was matched. */
	void availableAgain(long enrolmentId, long actor) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		if (enrolment.getStatus() == VolunteerStatus.MATCHED) {
			move(enrolment, actor, VolunteerStatus.AVAILABLE, null);
		}
		else if (enrolment.resumeAsAvailable()) {
			record(enrolment, actor, EnrolmentEvent.Kind.STATUS, VolunteerStatus.MATCHED, VolunteerStatus.AVAILABLE,
					"match ended while paused");
		}
	}

	public void recordStandbyContact(long enrolmentId, long actor, LocalDate on, String note) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		notInFuture(on, "on");
		standby.save(new StandbyContact(enrolmentId, actor, on, note));
		record(enrolment, actor, EnrolmentEvent.Kind.STANDBY_CONTACT, null, null, null);
	}

	public void toldNothingYet(long enrolmentId, long actor) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		enrolment.toldNothingYet(today());
		record(enrolment, actor, EnrolmentEvent.Kind.STANDBY_TOLD, null, null, null);
	}

	/**
	 * The daily check: screenings ending within 30 days are marked expiring, ended ones expired (which keeps
	 * them from being matched). Returns how many enrolments changed.
	 */
	public int markScreenings() {
		LocalDate today = today();
		int changed = 0;
		for (Enrolment enrolment : enrolments.screeningEndingBefore(today.plusDays(31))) {
			LocalDate until = enrolment.getScreeningValidUntil();
			boolean expired = until.isBefore(today);
			boolean expiring = !expired && !until.isAfter(today.plusDays(30));
			if (enrolment.markScreening(expiring, expired)) {
				changed++;
				if (expired || expiring) {
					record(enrolment, null, expired ? EnrolmentEvent.Kind.SCREENING_EXPIRED
							: EnrolmentEvent.Kind.SCREENING_EXPIRING, null, null, until.toString());
				}
			}
		}
		return changed;
	}

	private void stopNow(Enrolment enrolment, long actor, String reason) {
		move(enrolment, actor, VolunteerStatus.STOPPED, reason);
		boolean activeElsewhere = enrolments.findByVolunteerId(enrolment.getVolunteerId()).stream()
			.anyMatch(e -> !e.getId().equals(enrolment.getId()) && e.getStatus() != VolunteerStatus.STOPPED);
		if (!activeElsewhere) {
			volunteers.findById(enrolment.getVolunteerId()).map(Volunteer::getAccountId)
				.ifPresent(people::deactivate);
		}
	}

	private void move(Enrolment enrolment, Long actor, VolunteerStatus target, String reason) {
		VolunteerStatus from = enrolment.getStatus();
		enrolment.moveTo(target, reason, clock.instant());
		record(enrolment, actor, EnrolmentEvent.Kind.STATUS, from, target, reason);
	}

	private void record(Enrolment enrolment, Long actor, EnrolmentEvent.Kind kind, VolunteerStatus from,
			VolunteerStatus to, String note) {
		Instant now = clock.instant();
		events.save(new EnrolmentEvent(enrolment.getId(), now, actor, kind, from, to,
				note == null ? null : note.substring(0, Math.min(note.length(), 1000))));
	}

	private Enrolment current(long enrolmentId, long version) {
		Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(NotFoundException::new);
		if (enrolment.getVersion() != version) {
			throw new OptimisticLockingFailureException("enrolment changed meanwhile");
		}
		return enrolment;
	}

	Set<Long> requiredFor(Enrolment enrolment) {
		return trainings.findByProgrammeIdOrderByName(enrolment.getProgrammeId()).stream().map(RequiredTraining::getId)
			.collect(Collectors.toSet());
	}

	ProgrammeVolunteering settingsOf(long programmeId) {
		return settings.findById(programmeId).orElseGet(() -> new ProgrammeVolunteering(programmeId));
	}

	private void notInFuture(LocalDate date, String field) {
		if (date == null) {
			throw new Refusal(field, "NotNull");
		}
		if (date.isAfter(today())) {
			throw new Refusal(field, "pipeline.dateInFuture");
		}
	}

	private LocalDate today() {
		return Today.on(clock);
	}
}
