package org.buddywerk.trajectories;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectoryRepository extends JpaRepository<Trajectory, Long> {

	@Query("select t.enrolmentId, count(t) from Trajectory t where t.status = 'ACTIVE' and t.enrolmentId in ?1 group by t.enrolmentId")
	List<Object[]> activeCountPerEnrolment(Collection<Long> enrolmentIds);

	boolean existsByParticipantIdAndStatus(long participantId, TrajectoryStatus status);

	/** The trajectories a person is part of (buddy, professional, coach, participant) or coordinates: newest first. */
	@Query("""
			select t from Trajectory t
			where t.buddyAccountId = ?1 or t.professionalAccountId = ?1 or t.coachAccountId = ?1
			   or t.participantId in ?2 or t.programmeId in ?3
			order by t.startedOn desc, t.id desc""")
	List<Trajectory> involving(long accountId, Collection<Long> ownParticipant, Collection<Long> coordinatedProgrammes);
}
