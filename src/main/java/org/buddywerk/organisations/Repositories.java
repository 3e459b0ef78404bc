package org.buddywerk.organisations;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	@Query("select o from Organisation o where lower(o.name) like :pattern escape '\\' or lower(o.city) like :pattern escape '\\'")
	Page<Organisation> search(String pattern, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	List<Organisation> findByNetworkIdInOrderByName(Collection<Long> networkIds);

	List<Organisation> findAllByOrderByName();

	List<Organisation> findByNameIgnoreCase(String name);
}

interface NetworkRepository extends JpaRepository<Network, Long> {

	@Query("select n from Network n where lower(n.name) like :pattern escape '\\'")
	Page<Network> search(String pattern, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	List<Network> findAllByOrderByName();

	List<Network> findByCoordinatingOrganisationId(Long organisationId);
}

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	@Query("select p from Programme p where lower(p.name) like :pattern escape '\\' or lower(p.targetGroup) like :pattern escape '\\'")
	Page<Programme> search(String pattern, Pageable pageable);

	boolean existsByOrganisationIdAndNameIgnoreCase(Long organisationId, String name);

	boolean existsByOrganisationIdAndNameIgnoreCaseAndIdNot(Long organisationId, String name, Long id);

	List<Programme> findByOrganisationIdInOrderByName(Collection<Long> organisationIds);

	List<Programme> findByActiveTrueOrderByNameAscIdAsc();
}
