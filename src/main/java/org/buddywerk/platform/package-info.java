/**
 * Web layout, languages, errors, security configuration. Other modules contribute their access rules
 * through {@link org.buddywerk.platform.AccessRules}; whatever no module allows is denied.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.buddywerk.platform;
