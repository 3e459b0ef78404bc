package org.buddywerk.trajectories;

import java.time.LocalDate;

/** Who forms the triangle of a new trajectory, and the proposal both said yes to. */
public record TrajectoryStart(long programmeId, long participantId, long enrolmentId, Long buddyAccountId,
		long professionalAccountId, Long coachAccountId, long proposalId, LocalDate startedOn) {
}
