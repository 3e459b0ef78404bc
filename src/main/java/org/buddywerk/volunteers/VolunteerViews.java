package org.buddywerk.volunteers;

import java.util.List;
import java.util.Map;

import org.buddywerk.organisations.ProgrammeView;

/** What the pages show beyond the entities themselves. */
final class VolunteerViews {

	private VolunteerViews() {
	}

	/** A volunteer on standby: how long they have waited, when they were last contacted, where else they fit. */
	record StandbyRow(Enrolment enrolment, Volunteer volunteer, long daysWaiting, java.time.LocalDate lastContact,
			List<ProgrammeView> otherProgrammes) {
	}

	/** A buddy as their coach sees them: per programme, status and screening. */
	record CoachedBuddy(Volunteer volunteer, List<Enrolment> enrolments, Map<Long, String> programmeNames) {
	}
}
