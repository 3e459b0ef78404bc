package org.buddywerk.volunteers;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A contact with a volunteer on standby, to keep them warm while there is nobody to match them with. */
@Entity
@Immutable
public class StandbyContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long enrolmentId;

	private Long actorAccountId;

	private LocalDate happenedOn;

	private String note;

	protected StandbyContact() {
	}

	StandbyContact(long enrolmentId, Long actorAccountId, LocalDate happenedOn, String note) {
		this.enrolmentId = enrolmentId;
		this.actorAccountId = actorAccountId;
		this.happenedOn = happenedOn;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getEnrolmentId() {
		return enrolmentId;
	}

	public Long getActorAccountId() {
		return actorAccountId;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getNote() {
		return note;
	}
}
