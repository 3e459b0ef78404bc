package org.buddywerk.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Paging;
import org.buddywerk.platform.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading organisations, networks and programmes: for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final OrganisationRepository organisations;

	private final NetworkRepository networks;

	private final ProgrammeRepository programmes;

	OrganisationDirectory(OrganisationRepository organisations, NetworkRepository networks,
			ProgrammeRepository programmes) {
		this.organisations = organisations;
		this.networks = networks;
		this.programmes = programmes;
	}

	public boolean exists(long organisationId) {
		return organisations.existsById(organisationId);
	}

	public List<OrganisationView> allOrganisations() {
		return views(organisations.findAllByOrderByName());
	}

	public Optional<OrganisationView> organisationNamed(String name) {
		return views(organisations.findByNameIgnoreCase(name)).stream().findFirst();
	}

	public Map<Long, String> organisationNames(Collection<Long> ids) {
		return organisations.findAllById(ids).stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

	public List<ProgrammeView> programmesOf(Collection<Long> organisationIds) {
		return programmeViews(programmes.findByOrganisationIdInOrderByName(organisationIds));
	}

	/** The programmes open to volunteers and participants now, by name. */
	public List<ProgrammeView> activeProgrammes() {
		return programmeViews(programmes.findByActiveTrueOrderByNameAscIdAsc());
	}

	public Page<OrganisationView> organisations(String search, Paging paging) {
		Page<Organisation> page = organisations.search(SearchText.containsPattern(search), paging.request());
		return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	public OrganisationView organisation(long id) {
		return views(List.of(organisations.findById(id).orElseThrow(NotFoundException::new))).get(0);
	}

	public Page<ProgrammeView> programmes(String search, Paging paging) {
		Page<Programme> page = programmes.search(SearchText.containsPattern(search), paging.request());
		return new PageImpl<>(programmeViews(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	public ProgrammeView programme(long id) {
		return programmeViews(List.of(programmes.findById(id).orElseThrow(NotFoundException::new))).get(0);
	}

	public List<NetworkView> allNetworks() {
		return networkViews(networks.findAllByOrderByName());
	}

	public Page<NetworkView> networks(String search, Paging paging) {
		Page<Network> page = networks.search(SearchText.containsPattern(search), paging.request());
		return new PageImpl<>(networkViews(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	public NetworkView network(long id) {
		return networkViews(List.of(networks.findById(id).orElseThrow(NotFoundException::new))).get(0);
	}

	/** One query for the related names of a whole page, not one per row. */
	private List<OrganisationView> views(List<Organisation> page) {
		Map<Long, String> networkNames = networks
			.findAllById(page.stream().map(Organisation::getNetworkId).filter(id -> id != null).distinct().toList())
			.stream().collect(Collectors.toMap(Network::getId, Network::getName));
		return page.stream()
			.map(o -> new OrganisationView(o.getId(), o.getName(), o.getKind(), o.getCity(), o.getNetworkId(),
					networkNames.get(o.getNetworkId()), o.getVersion()))
			.toList();
	}

	private List<ProgrammeView> programmeViews(List<Programme> page) {
		Map<Long, String> names = organisationNames(page.stream().map(Programme::getOrganisationId).distinct().toList());
		return page.stream()
			.map(p -> new ProgrammeView(p.getId(), p.getName(), p.getOrganisationId(), names.get(p.getOrganisationId()),
					p.getTargetGroup(), p.getLifeDomains(), p.getFunder(), p.getFundingStart(), p.getFundingEnd(),
					p.isActive(), p.getVersion()))
			.toList();
	}

	private List<NetworkView> networkViews(List<Network> page) {
		List<Long> ids = page.stream().map(Network::getId).toList();
		Map<Long, List<Organisation>> members = ids.isEmpty() ? Map.of()
				: organisations.findByNetworkIdInOrderByName(ids).stream()
					.collect(Collectors.groupingBy(Organisation::getNetworkId));
		Map<Long, String> coordinators = members.values().stream().flatMap(List::stream)
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
		return page.stream()
			.map(n -> new NetworkView(n.getId(), n.getName(), n.getDescription(), n.getCoordinatingOrganisationId(),
					coordinators.get(n.getCoordinatingOrganisationId()),
					members.getOrDefault(n.getId(), List.of()).stream().map(Organisation::getName).toList(),
					n.getVersion()))
			.toList();
	}
}
