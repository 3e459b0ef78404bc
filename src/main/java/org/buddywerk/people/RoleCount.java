package org.buddywerk.people;

import org.buddywerk.platform.Role;

/** How many active people hold a role in an organisation. */
record RoleCount(Long organisationId, Role role, long people) {
}
