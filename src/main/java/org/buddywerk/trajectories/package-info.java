/**
 * Trajectories: the buddy relationship once buddy and participant both said yes — the triangle of participant,
 * buddy and professional (with the buddy's coach), and what each of them may see of the others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trajectories")
package org.buddywerk.trajectories;
