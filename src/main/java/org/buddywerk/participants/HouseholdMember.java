package org.buddywerk.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An adult or child of the household, by birth year only. */
@Embeddable
public record HouseholdMember(@Enumerated(EnumType.STRING) @Column(name = "kind") HouseholdKind kind,
		@Column(name = "birth_year") int birthYear) {
}
