package org.buddywerk.volunteers;

import java.util.List;

/** Where a volunteer stands in one programme's pipeline. */
public enum VolunteerStatus {
	APPLIED, INTAKE_DONE, SCREENED, TRAINED, AVAILABLE, MATCHED, PAUSED, STOPPED;

	/** The columns of the coordinator's board, in pipeline order. */
	public static final List<VolunteerStatus> BOARD = List.of(values());

	/** The step that follows this one when the volunteer moves forward, if any. */
	public VolunteerStatus next() {
		return switch (this) {
			case APPLIED -> INTAKE_DONE;
			case INTAKE_DONE -> SCREENED;
			case SCREENED -> TRAINED;
			case TRAINED -> AVAILABLE;
			default -> null;
		};
	}

	public boolean active() {
		return this != PAUSED && this != STOPPED;
	}
}
