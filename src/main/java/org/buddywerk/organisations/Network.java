package org.buddywerk.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A local network of organisations; one of them may hold the coordinating role (regie). */
@Entity
class Network {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	private Long coordinatingOrganisationId;

	@Version
	private long version;

	protected Network() {
	}

	Network(String name, String description) {
		change(name, description);
	}

	void change(String name, String description) {
		this.name = name;
		this.description = description;
	}

	void coordinatedBy(Long organisationId) {
		this.coordinatingOrganisationId = organisationId;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	Long getCoordinatingOrganisationId() {
		return coordinatingOrganisationId;
	}

	long getVersion() {
		return version;
	}
}
