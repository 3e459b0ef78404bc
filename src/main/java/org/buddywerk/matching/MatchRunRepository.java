package org.buddywerk.matching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRunRepository extends JpaRepository<MatchRun, Long> {

	List<MatchRun> findTop10ByProgrammeIdOrderByStartedAtDesc(long programmeId);
}
