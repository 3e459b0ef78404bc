package org.buddywerk.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A municipality, welfare organisation, school, church, business or citizen initiative. */
@Entity
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private String city;

	private Long networkId;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String name, OrganisationKind kind, String city, Long networkId) {
		change(name, kind, city, networkId);
	}

	void change(String name, OrganisationKind kind, String city, Long networkId) {
		this.name = name;
		this.kind = kind;
		this.city = city;
		this.networkId = networkId;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	OrganisationKind getKind() {
		return kind;
	}

	String getCity() {
		return city;
	}

	Long getNetworkId() {
		return networkId;
	}

	long getVersion() {
		return version;
	}
}
