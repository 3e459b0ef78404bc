package org.buddywerk.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MatchingSettingsRepository extends JpaRepository<MatchingSettings, Long> {
}

interface MatchProposalRepository extends JpaRepository<MatchProposal, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from MatchProposal p where p.id = ?1")
	Optional<MatchProposal> lockById(long id);

	@Query("select p.enrolmentId, count(p) from MatchProposal p where p.status = 'OPEN' and p.enrolmentId in ?1 group by p.enrolmentId")
	List<Object[]> openCountPerEnrolment(Collection<Long> enrolmentIds);

	@Query("select distinct p.participantId from MatchProposal p where p.status = 'OPEN' and p.programmeId = ?1")
	List<Long> participantsWithOpenProposal(long programmeId);

	boolean existsByParticipantIdAndStatus(long participantId, ProposalStatus status);

	long countByEnrolmentIdAndStatus(long enrolmentId, ProposalStatus status);

	List<MatchProposal> findByProgrammeIdInAndStatusOrderByPublishedAtAsc(Collection<Long> programmeIds, ProposalStatus status);

	List<MatchProposal> findTop50ByProgrammeIdInAndStatusNotOrderByPublishedAtDesc(Collection<Long> programmeIds,
			ProposalStatus status);

	List<MatchProposal> findByParticipantIdInOrderByPublishedAtDesc(Collection<Long> participantIds);

	List<MatchProposal> findByEnrolmentIdInOrderByPublishedAtDesc(Collection<Long> enrolmentIds);
}
