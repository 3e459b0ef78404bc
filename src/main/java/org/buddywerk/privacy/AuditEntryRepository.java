package org.buddywerk.privacy;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	@Query("""
			select e from AuditEntry e
			where (:participantId is null or e.participantId = :participantId)
			  and (:actorAccountId is null or e.actorAccountId = :actorAccountId)
			order by e.happenedAt desc, e.id desc""")
	Page<AuditEntry> search(Long participantId, Long actorAccountId, Pageable pageable);

	List<AuditEntry> findByParticipantIdOrderByIdAsc(Long participantId);
}
