/**
 * Volunteers from sign-up to available buddy: public sign-up, the coordinator's pipeline per programme
 * (intake, screening, training, coach), screening expiry, coach check-ins and the standby pool.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers")
package org.buddywerk.volunteers;
