package org.buddywerk.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	/** Clears a lockout that has run out, so the next failure counts from one again. */
	@Modifying
	@Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null where a.email = :email and a.lockedUntil <= :now")
	int clearExpiredLock(String email, Instant now);

	/** Counted in the database, so parallel attempts cannot slip past the limit. */
	@Modifying
	@Query("update Account a set a.failedAttempts = a.failedAttempts + 1 where a.email = :email")
	int countFailure(String email);

	@Modifying
	@Query("""
			update Account a set a.lockedUntil = :until
			where a.email = :email and a.failedAttempts >= :limit and a.lockedUntil is null""")
	int lockWhenOver(String email, int limit, Instant until);

	@Modifying
	@Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null where a.email = :email")
	int clearFailures(String email);

	@Query("""
			select a from Account a
			where lower(a.email) like :pattern escape '\\'
			   or lower(a.displayName) like :pattern escape '\\'""")
	Page<Account> search(String pattern, Pageable pageable);

	/** Active people per organisation and role, for the coordinator's start page. */
	@Query("""
			select new org.buddywerk.people.RoleCount(r.organisationId, r.role, count(a))
			from Account a join a.roles r
			where a.active = true and r.organisationId in :organisationIds
			group by r.organisationId, r.role""")
	List<RoleCount> countRoles(java.util.Collection<Long> organisationIds);

	@Query("""
			select distinct new org.buddywerk.people.PersonSummary(a.id, a.displayName)
			from Account a join a.roles r
			where a.active = true and r.role = :role and r.organisationId in :organisationIds
			order by a.displayName""")
	List<PersonSummary> withRole(java.util.Collection<Long> organisationIds, org.buddywerk.platform.Role role);
}
