package org.buddywerk.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A volunteer's way through one programme: the pipeline's rules live here. Nobody moves forward before the
 * step's requirements are met; {@link #missingFor(VolunteerStatus, LocalDate, Set)} says what is missing.
 */
@Entity
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long volunteerId;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private VolunteerStatus status;

	private Instant statusSince;

	@Enumerated(EnumType.STRING)
	private VolunteerStatus pausedFrom;

	private String statusReason;

	private LocalDate intakeOn;

	private String intakeNotes;

	@Enumerated(EnumType.STRING)
	private IntakeDecision intakeDecision;

	@Enumerated(EnumType.STRING)
	private ScreeningKind screeningKind;

	private LocalDate screeningIssuedOn;

	private LocalDate screeningValidUntil;

	private boolean screeningExpiring;

	private boolean screeningExpired;

	private Long coachAccountId;

	private LocalDate standbyToldOn;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "completed_training", joinColumns = @JoinColumn(name = "enrolment_id"))
	private Set<CompletedTraining> trainings = new HashSet<>();

	protected Enrolment() {
	}

	public Enrolment(long volunteerId, long programmeId, Instant now) {
		this.volunteerId = volunteerId;
		this.programmeId = programmeId;
		this.status = VolunteerStatus.APPLIED;
		this.statusSince = now;
		this.createdAt = now;
	}

	/**
	 * Message keys of what keeps this volunteer from reaching {@code target} today, given the programme's
	 * required trainings; empty when the move is allowed.
	 */
	public List<String> missingFor(VolunteerStatus target, LocalDate today, Set<Long> requiredTrainings) {
		List<String> missing = new ArrayList<>();
		if (status == VolunteerStatus.STOPPED || status == VolunteerStatus.PAUSED) {
			missing.add("pipeline.missing.notActive");
			return missing;
		}
		if (target.compareTo(VolunteerStatus.INTAKE_DONE) >= 0 && intakeDecision != IntakeDecision.ACCEPTED) {
			missing.add("pipeline.missing.intake");
		}
		if (target.compareTo(VolunteerStatus.SCREENED) >= 0 && !screeningValidOn(today)) {
			missing.add(screeningValidUntil == null ? "pipeline.missing.screening" : "pipeline.missing.screeningExpired");
		}
		if (target.compareTo(VolunteerStatus.TRAINED) >= 0 && !completedTrainingIds().containsAll(requiredTrainings)) {
			missing.add("pipeline.missing.training");
		}
		if (target.compareTo(VolunteerStatus.AVAILABLE) >= 0 && coachAccountId == null) {
			missing.add("pipeline.missing.coach");
		}
		return missing;
	}

	public boolean screeningValidOn(LocalDate day) {
		return screeningValid(screeningIssuedOn, screeningValidUntil, day);
	}

	/** A screening counts from its issue date up to and including its last valid day. */
	static boolean screeningValid(LocalDate issuedOn, LocalDate validUntil, LocalDate day) {
		return validUntil != null && !validUntil.isBefore(day) && (issuedOn == null || !issuedOn.isAfter(day));
	}

	/** Whether matching may propose this volunteer today. */
	public boolean matchableOn(LocalDate day) {
		return status == VolunteerStatus.AVAILABLE && screeningValidOn(day);
	}

	Set<Long> completedTrainingIds() {
		return trainings.stream().map(CompletedTraining::trainingId).collect(Collectors.toSet());
	}

	void recordIntake(LocalDate on, String notes, IntakeDecision decision) {
		this.intakeOn = on;
		this.intakeNotes = notes;
		this.intakeDecision = decision;
	}

	void recordScreening(ScreeningKind kind, LocalDate issuedOn, LocalDate validUntil) {
		this.screeningKind = kind;
		this.screeningIssuedOn = issuedOn;
		this.screeningValidUntil = validUntil;
		this.screeningExpiring = false;
		this.screeningExpired = false;
	}

	void recordTraining(CompletedTraining training) {
		trainings.removeIf(t -> t.trainingId().equals(training.trainingId()));
		trainings.add(training);
	}

	void assignCoach(Long coachAccountId) {
		this.coachAccountId = coachAccountId;
	}

	void moveTo(VolunteerStatus target, String reason, Instant now) {
		this.status = target;
		this.statusReason = reason;
		this.statusSince = now;
	}

	void pause(String reason, Instant now) {
		this.pausedFrom = status;
		moveTo(VolunteerStatus.PAUSED, reason, now);
	}

	void resume(Instant now) {
		VolunteerStatus back = pausedFrom == null ? VolunteerStatus.APPLIED : pausedFrom;
		this.pausedFrom = null;
		moveTo(back, null, now);
	}

	/** A match ended while the volunteer was paused: resuming brings them back as available, not as matched. */
	boolean resumeAsAvailable() {
		if (pausedFrom != VolunteerStatus.MATCHED) {
			return false;
		}
		this.pausedFrom = VolunteerStatus.AVAILABLE;
		return true;
	}

	/** Set by the daily expiry job; returns whether anything changed. */
	boolean markScreening(boolean expiring, boolean expired) {
		boolean changed = expiring != screeningExpiring || expired != screeningExpired;
		this.screeningExpiring = expiring;
		this.screeningExpired = expired;
		return changed;
	}

	void toldNothingYet(LocalDate on) {
		this.standbyToldOn = on;
	}

	public Long getId() {
		return id;
	}

	public Long getVolunteerId() {
		return volunteerId;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public VolunteerStatus getStatus() {
		return status;
	}

	public Instant getStatusSince() {
		return statusSince;
	}

	public VolunteerStatus getPausedFrom() {
		return pausedFrom;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public LocalDate getIntakeOn() {
		return intakeOn;
	}

	public String getIntakeNotes() {
		return intakeNotes;
	}

	public IntakeDecision getIntakeDecision() {
		return intakeDecision;
	}

	public ScreeningKind getScreeningKind() {
		return screeningKind;
	}

	public LocalDate getScreeningIssuedOn() {
		return screeningIssuedOn;
	}

	public LocalDate getScreeningValidUntil() {
		return screeningValidUntil;
	}

	public boolean isScreeningExpiring() {
		return screeningExpiring;
	}

	public boolean isScreeningExpired() {
		return screeningExpired;
	}

	public Long getCoachAccountId() {
		return coachAccountId;
	}

	public LocalDate getStandbyToldOn() {
		return standbyToldOn;
	}

	public long getVersion() {
		return version;
	}

	public Set<CompletedTraining> getTrainings() {
		return Set.copyOf(trainings);
	}
}
