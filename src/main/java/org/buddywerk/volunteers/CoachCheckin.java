package org.buddywerk.volunteers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A coach's note on a check-in with a buddy: for coaches and coordinators, never for the buddy. */
@Entity
@Immutable
public class CoachCheckin {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long volunteerId;

	private Long coachAccountId;

	private LocalDate happenedOn;

	private String note;

	private Instant createdAt;

	protected CoachCheckin() {
	}

	CoachCheckin(long volunteerId, long coachAccountId, LocalDate happenedOn, String note, Instant createdAt) {
		this.volunteerId = volunteerId;
		this.coachAccountId = coachAccountId;
		this.happenedOn = happenedOn;
		this.note = note;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getVolunteerId() {
		return volunteerId;
	}

	public Long getCoachAccountId() {
		return coachAccountId;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getNote() {
		return note;
	}
}
