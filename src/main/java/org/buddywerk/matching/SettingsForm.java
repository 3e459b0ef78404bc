package org.buddywerk.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The settings form; bounds keep every cost and penalty well inside a long, and distances on a map. */
record SettingsForm(@Min(1) @Max(200) int maxDistanceKm, @Min(0) @Max(10_000) int weightDistance,
		@Min(0) @Max(100_000) int weightNeeds, @Min(0) @Max(100_000) int weightInterests,
		@Min(0) @Max(100_000) int weightTime, @Min(0) @Max(100_000) int weightLanguage,
		@Min(0) @Max(10_000_000) int penaltyBase, @Min(0) @Max(100_000) int penaltyPerDay,
		@Min(1) @Max(90) int answerDays, long version) {
}
