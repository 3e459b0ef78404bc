package org.buddywerk.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.buddywerk.platform.Role;

/** A role a person holds in one organisation. */
@Embeddable
public record RoleAssignment(@Column(name = "organisation_id") Long organisationId,
		@Enumerated(EnumType.STRING) @Column(name = "role") Role role) {
}
