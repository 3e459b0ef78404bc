/**
 * Participants: intake by life domain, the restricted profile (professionals only, every read audited,
 * break-glass for coordinators), consent records, caseloads and the waiting list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package org.buddywerk.participants;
