package org.buddywerk.people;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.buddywerk.platform.Role;

/** Roles as a form sends them, {@code "12:COACH"}: one checkbox per organisation and role. */
final class RoleChoices {

	private RoleChoices() {
	}

	static String valueOf(RoleAssignment assignment) {
		return assignment.organisationId() + ":" + assignment.role().name();
	}

	static List<String> values(Collection<RoleAssignment> assignments) {
		return assignments.stream().map(RoleChoices::valueOf).sorted().toList();
	}

	/** The assignments the form sent, or empty when a value is not of the form the page offers. */
	static Optional<Set<RoleAssignment>> parse(List<String> values) {
		Set<RoleAssignment> result = new LinkedHashSet<>();
		for (String value : values) {
			String[] parts = value == null ? new String[0] : value.split(":", 2);
			if (parts.length != 2 || !parts[0].matches("\\d{1,18}")
					|| java.util.Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(parts[1]))) {
				return Optional.empty();
			}
			result.add(new RoleAssignment(Long.valueOf(parts[0]), Role.valueOf(parts[1])));
		}
		return Optional.of(result);
	}
}
