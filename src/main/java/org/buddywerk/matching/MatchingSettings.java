package org.buddywerk.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A programme's matching weights. Defaults are chosen so that a typical good pair costs a few thousand and
 * leaving someone unmatched costs more: 100 per km, so 3 km weighs like one missing shared interest and a half.
 */
@Entity
class MatchingSettings {

	static final int DEFAULT_MAX_DISTANCE_KM = 15;

	@Id
	private Long programmeId;

	private int maxDistanceKm = DEFAULT_MAX_DISTANCE_KM;

	private int weightDistance = 100;

	private int weightNeeds = 400;

	private int weightInterests = 200;

	private int weightTime = 300;

	private int weightLanguage = 500;

	private int penaltyBase = 10_000;

	private int penaltyPerDay = 100;

	private int answerDays = 14;

	@Version
	private long version;

	protected MatchingSettings() {
	}

	MatchingSettings(long programmeId) {
		this.programmeId = programmeId;
	}

	void change(SettingsForm form) {
		this.maxDistanceKm = form.maxDistanceKm();
		this.weightDistance = form.weightDistance();
		this.weightNeeds = form.weightNeeds();
		this.weightInterests = form.weightInterests();
		this.weightTime = form.weightTime();
		this.weightLanguage = form.weightLanguage();
		this.penaltyBase = form.penaltyBase();
		this.penaltyPerDay = form.penaltyPerDay();
		this.answerDays = form.answerDays();
	}

	SettingsForm toForm() {
		return new SettingsForm(maxDistanceKm, weightDistance, weightNeeds, weightInterests, weightTime, weightLanguage,
				penaltyBase, penaltyPerDay, answerDays, version);
	}

	/** What leaving this participant unmatched costs after waiting so many days. */
	long unmatchedPenalty(long waitingDays) {
		return penaltyBase + penaltyPerDay * Math.max(0, waitingDays);
	}

	Long getProgrammeId() {
		return programmeId;
	}

	int getMaxDistanceKm() {
		return maxDistanceKm;
	}

	int getWeightDistance() {
		return weightDistance;
	}

	int getWeightNeeds() {
		return weightNeeds;
	}

	int getWeightInterests() {
		return weightInterests;
	}

	int getWeightTime() {
		return weightTime;
	}

	int getWeightLanguage() {
		return weightLanguage;
	}

	int getAnswerDays() {
		return answerDays;
	}

	long getVersion() {
		return version;
	}
}
