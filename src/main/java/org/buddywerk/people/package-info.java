/** Accounts, roles per organisation, sign-in, passwords, and each role's start page. */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.buddywerk.people;
