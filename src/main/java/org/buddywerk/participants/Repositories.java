package org.buddywerk.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	Optional<Participant> findByAccountId(Long accountId);

	@Query("select p from Participant p where p.contactProfessionalId = :accountId or :accountId member of p.sharedWith "
			+ "order by p.firstName, p.id")
	List<Participant> caseloadOf(Long accountId);

	List<Participant> findByProgrammeIdIn(Collection<Long> programmeIds);
}

interface RestrictedProfileRepository extends JpaRepository<RestrictedProfile, Long> {
}

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

	List<ConsentRecord> findByParticipantIdOrderByRecordedAtAscIdAsc(Long participantId);
}

interface ConsentWithdrawalRepository extends JpaRepository<ConsentWithdrawal, Long> {

	List<ConsentWithdrawal> findByConsentIdIn(Collection<Long> consentIds);
}

interface BreakGlassRepository extends JpaRepository<BreakGlass, Long> {

	@Query("select b from BreakGlass b where b.participantId = :participantId and b.coordinatorAccountId = :coordinator "
			+ "and b.expiresAt > :now")
	List<BreakGlass> activeFor(Long participantId, Long coordinator, Instant now);

	List<BreakGlass> findByParticipantIdOrderByGrantedAtDesc(Long participantId);
}

interface ParticipantChangeRepository extends JpaRepository<ParticipantChange, Long> {

	List<ParticipantChange> findByParticipantIdOrderByChangedAtDescIdDesc(Long participantId);
}
