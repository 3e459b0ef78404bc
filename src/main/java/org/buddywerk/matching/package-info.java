/**
 * Matching: eligibility and cost of buddy–participant pairs, explained suggestions, the globally optimal batch
 * assignment (the engine, plain Java in {@code engine}), introductions and the two-sided yes. Postal-code
 * coordinates for distances live in {@code geo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.buddywerk.matching;
