package org.buddywerk.trajectories;

public enum TrajectoryStatus {
	ACTIVE, CLOSED
}
