package org.buddywerk.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What a programme asks of its volunteers: how long a screening certificate counts. */
@Entity
public class ProgrammeVolunteering {

	public static final int DEFAULT_SCREENING_VALIDITY_MONTHS = 36;

	@Id
	private Long programmeId;

	private int screeningValidityMonths = DEFAULT_SCREENING_VALIDITY_MONTHS;

	@Version
	private long version;

	protected ProgrammeVolunteering() {
	}

	public ProgrammeVolunteering(long programmeId) {
		this.programmeId = programmeId;
	}

	void validFor(int months) {
		this.screeningValidityMonths = months;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public int getScreeningValidityMonths() {
		return screeningValidityMonths;
	}

	public long getVersion() {
		return version;
	}
}
