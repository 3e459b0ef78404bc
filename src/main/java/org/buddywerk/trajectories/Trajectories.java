package org.buddywerk.trajectories;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (matching) may do with trajectories: start one, and ask who is already taken. */
@Service
@Transactional(readOnly = true)
public class Trajectories {

	private final TrajectoryRepository trajectories;

	private final Clock clock;

	Trajectories(TrajectoryRepository trajectories, Clock clock) {
		this.trajectories = trajectories;
		this.clock = clock;
	}

	/** Starts an ACTIVE trajectory; part of the caller's transaction, so the yes and the start land together. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long start(TrajectoryStart start) {
		return trajectories.save(new Trajectory(start, clock.instant())).getId();
	}

	/** Per enrolment, how many active trajectories it has (enrolments without any are absent). */
	public Map<Long, Integer> activeCountPerEnrolment(Collection<Long> enrolmentIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!enrolmentIds.isEmpty()) {
			trajectories.activeCountPerEnrolment(enrolmentIds)
				.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
		}
		return counts;
	}

	public boolean participantHasActive(long participantId) {
		return trajectories.existsByParticipantIdAndStatus(participantId, TrajectoryStatus.ACTIVE);
	}
}
