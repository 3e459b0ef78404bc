/** Organisations, the local networks that group them, and their buddy programmes. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.buddywerk.organisations;
