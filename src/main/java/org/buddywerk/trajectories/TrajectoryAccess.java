package org.buddywerk.trajectories;

import java.util.Objects;

import org.buddywerk.participants.ParticipantAccess;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.stereotype.Component;

/**
 * Who sees a trajectory (DESIGN.md §4): its buddy, participant, professionals and coach, and the programme's
 * coordinators. Contact details follow the triangle: buddy and participant see each other's once both said yes
 * (that is, once the trajectory exists); the coach sees the buddy's only. Anyone else is told it does not exist.
 */
@Component
class TrajectoryAccess {

	private final TrajectoryRepository trajectories;

	private final Participants participants;

	private final ParticipantAccess participantAccess;

	private final Buddies buddies;

	TrajectoryAccess(TrajectoryRepository trajectories, Participants participants, ParticipantAccess participantAccess,
			Buddies buddies) {
		this.trajectories = trajectories;
		this.participants = participants;
		this.participantAccess = participantAccess;
		this.buddies = buddies;
	}

	Trajectory readable(long trajectoryId, long accountId) {
		Trajectory trajectory = trajectories.findById(trajectoryId).orElseThrow(NotFoundException::new);
		if (sideOf(trajectory, accountId) == null) {
			throw new NotFoundException();
		}
		return trajectory;
	}

	/** The part this account plays in the trajectory, or null when it plays none. */
	Side sideOf(Trajectory trajectory, long accountId) {
		if (Objects.equals(trajectory.getBuddyAccountId(), accountId)) {
			return Side.BUDDY;
		}
		if (participants.participantOfAccount(accountId).filter(id -> id == trajectory.getParticipantId()).isPresent()) {
			return Side.PARTICIPANT;
		}
		// who the participant's professionals and the buddy's coach are now, not when the trajectory started
		if (participants.isProfessionalOf(trajectory.getParticipantId(), accountId)) {
			return Side.PROFESSIONAL;
		}
		if (participantAccess.programmesWhere(accountId, Role.COORDINATOR).contains(trajectory.getProgrammeId())) {
			return Side.COORDINATOR;
		}
		if (buddies.profile(trajectory.getEnrolmentId()).map(BuddyProfile::coachAccountId)
			.filter(coach -> coach == accountId).isPresent()) {
			return Side.COACH;
		}
		return null;
	}

	enum Side {
		BUDDY, PARTICIPANT, PROFESSIONAL, COORDINATOR, COACH;

		boolean seesParticipantContact() {
			return this != COACH && this != PARTICIPANT;
		}

		boolean seesBuddyContact() {
			return this != BUDDY;
		}
	}
}
