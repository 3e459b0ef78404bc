package org.buddywerk.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A training every volunteer of a programme must follow before they become available. */
@Entity
public class RequiredTraining {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String name;

	protected RequiredTraining() {
	}

	public RequiredTraining(long programmeId, String name) {
		this.programmeId = programmeId;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public String getName() {
		return name;
	}
}
