package org.buddywerk.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.buddywerk.organisations.LifeDomain;

/** A need in one life domain: priority 1 (most urgent) to 3, and a short note. */
@Embeddable
public record Need(@Enumerated(EnumType.STRING) @Column(name = "life_domain") LifeDomain domain,
		@Column(name = "priority") int priority, @Column(name = "note") String note) {
}
