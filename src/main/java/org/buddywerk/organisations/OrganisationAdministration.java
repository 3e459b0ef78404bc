package org.buddywerk.organisations;

import java.util.Objects;

import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing organisations, networks and programmes. A change carries the version the editor saw;
 * if someone else saved in between, it is refused rather than silently overwriting their work.
 */
@Service
@Transactional
public class OrganisationAdministration {

	private final OrganisationRepository organisations;

	private final NetworkRepository networks;

	private final ProgrammeRepository programmes;

	OrganisationAdministration(OrganisationRepository organisations, NetworkRepository networks,
			ProgrammeRepository programmes) {
		this.organisations = organisations;
		this.networks = networks;
		this.programmes = programmes;
	}

	public long createOrganisation(OrganisationForm form) {
		String name = form.name().strip();
		if (organisations.existsByNameIgnoreCase(name)) {
			throw new Refusal("name", "organisation.nameTaken");
		}
		checkNetwork(form.networkId());
		return organisations.save(new Organisation(name, form.kind(), Text.orNull(form.city()), form.networkId()))
			.getId();
	}

	void updateOrganisation(long id, OrganisationForm form) {
		Organisation organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
		expectVersion(organisation.getVersion(), form.version());
		String name = form.name().strip();
		if (organisations.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw new Refusal("name", "organisation.nameTaken");
		}
		checkNetwork(form.networkId());
		if (!Objects.equals(organisation.getNetworkId(), form.networkId())) {
			// an organisation that leaves a network cannot keep coordinating it
			networks.findByCoordinatingOrganisationId(id).forEach(n -> n.coordinatedBy(null));
		}
		organisation.change(name, form.kind(), Text.orNull(form.city()), form.networkId());
	}

	long createNetwork(NetworkForm form) {
		String name = form.name().strip();
		if (networks.existsByNameIgnoreCase(name)) {
			throw new Refusal("name", "network.nameTaken");
		}
		if (form.coordinatingOrganisationId() != null) {
			throw new Refusal("coordinatingOrganisationId", "network.coordinatorNotMember");
		}
		return networks.save(new Network(name, Text.orNull(form.description()))).getId();
	}

	void updateNetwork(long id, NetworkForm form) {
		Network network = networks.findById(id).orElseThrow(NotFoundException::new);
		expectVersion(network.getVersion(), form.version());
		String name = form.name().strip();
		if (networks.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw new Refusal("name", "network.nameTaken");
		}
		Long coordinator = form.coordinatingOrganisationId();
		if (coordinator != null && organisations.findById(coordinator)
			.filter(o -> Objects.equals(o.getNetworkId(), id))
			.isEmpty()) {
			throw new Refusal("coordinatingOrganisationId", "network.coordinatorNotMember");
		}
		network.change(name, Text.orNull(form.description()));
		network.coordinatedBy(coordinator);
	}

	long createProgramme(ProgrammeForm form) {
		checkProgramme(form, null);
		return programmes.save(new Programme(form)).getId();
	}

	void updateProgramme(long id, ProgrammeForm form) {
		Programme programme = programmes.findById(id).orElseThrow(NotFoundException::new);
		expectVersion(programme.getVersion(), form.version());
		checkProgramme(form, id);
		programme.change(form);
	}

	private void checkProgramme(ProgrammeForm form, Long id) {
		if (!organisations.existsById(form.organisationId())) {
			throw new Refusal("organisationId", "programme.unknownOrganisation");
		}
		String name = form.name().strip();
		boolean taken = id == null ? programmes.existsByOrganisationIdAndNameIgnoreCase(form.organisationId(), name)
				: programmes.existsByOrganisationIdAndNameIgnoreCaseAndIdNot(form.organisationId(), name, id);
		if (taken) {
			throw new Refusal("name", "programme.nameTaken");
		}
	}

	private void checkNetwork(Long networkId) {
		if (networkId != null && !networks.existsById(networkId)) {
			throw new Refusal("networkId", "organisation.unknownNetwork");
		}
	}

	private static void expectVersion(long current, Long seen) {
		if (seen == null || current != seen) {
			throw new OptimisticLockingFailureException("changed meanwhile");
		}
	}
}
