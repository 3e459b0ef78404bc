package org.buddywerk.matching.engine;

import java.util.List;

/**
 * An optimal assignment: the chosen pairs and the participants left unmatched, both in the order of the
 * instance's participants, and the objective (the sum of the chosen pairs' costs and of the unmatched
 * participants' penalties), which no other assignment undercuts.
 */
public record MatchingResult(long objective, List<MatchingInstance.Pair> pairs, List<String> unmatched) {
}
