package org.buddywerk.volunteers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

	Optional<Volunteer> findByEmail(String email);

	Optional<Volunteer> findByAccountId(Long accountId);
}

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByVolunteerId(Long volunteerId);

	boolean existsByProgrammeId(Long programmeId);

	Optional<Enrolment> findByVolunteerIdAndProgrammeId(Long volunteerId, Long programmeId);

	List<Enrolment> findByCoachAccountId(Long coachAccountId);

	/** Enrolments whose screening ends before {@code horizon}: the daily expiry job's work list. */
	@Query("select e from Enrolment e where e.screeningValidUntil is not null and e.status <> 'STOPPED' "
			+ "and (e.screeningValidUntil < :horizon or e.screeningExpiring = true or e.screeningExpired = true)")
	List<Enrolment> screeningEndingBefore(LocalDate horizon);

	@Query("select e from Enrolment e where e.programmeId in :programmeIds and e.status = 'AVAILABLE'")
	List<Enrolment> availableIn(Collection<Long> programmeIds);
}

interface EnrolmentEventRepository extends JpaRepository<EnrolmentEvent, Long> {

	List<EnrolmentEvent> findByEnrolmentIdOrderByHappenedAtDescIdDesc(Long enrolmentId);
}

interface ProgrammeVolunteeringRepository extends JpaRepository<ProgrammeVolunteering, Long> {
}

interface RequiredTrainingRepository extends JpaRepository<RequiredTraining, Long> {

	List<RequiredTraining> findByProgrammeIdOrderByName(Long programmeId);

	boolean existsByProgrammeIdAndNameIgnoreCase(Long programmeId, String name);
}

interface CoachCheckinRepository extends JpaRepository<CoachCheckin, Long> {

	List<CoachCheckin> findByVolunteerIdOrderByHappenedOnDescIdDesc(Long volunteerId);
}

interface StandbyContactRepository extends JpaRepository<StandbyContact, Long> {

	List<StandbyContact> findByEnrolmentIdOrderByHappenedOnDescIdDesc(Long enrolmentId);

	@Query("select c.enrolmentId, max(c.happenedOn) from StandbyContact c where c.enrolmentId in :enrolmentIds "
			+ "group by c.enrolmentId")
	List<Object[]> lastContactPer(Collection<Long> enrolmentIds);
}

interface VolunteerConsentRepository extends JpaRepository<VolunteerConsent, Long> {

	List<VolunteerConsent> findByVolunteerIdOrderByGivenAtAscIdAsc(Long volunteerId);
}
