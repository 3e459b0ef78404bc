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
		this.maxDistanceKm = form.getMaxDistanceKm();
		this.weightDistance = form.getWeightDistance();
		this.weightNeeds = form.getWeightNeeds();
		this.weightInterests = form.getWeightInterests();
		this.weightTime = form.getWeightTime();
		this.weightLanguage = form.getWeightLanguage();
		this.penaltyBase = form.getPenaltyBase();
		this.penaltyPerDay = form.getPenaltyPerDay();
		this.answerDays = form.getAnswerDays();
	}

	SettingsForm toForm() {
		SettingsForm form = new SettingsForm();
		form.setMaxDistanceKm(maxDistanceKm);
		form.setWeightDistance(weightDistance);
		form.setWeightNeeds(weightNeeds);
		form.setWeightInterests(weightInterests);
		form.setWeightTime(weightTime);
		form.setWeightLanguage(weightLanguage);
		form.setPenaltyBase(penaltyBase);
		form.setPenaltyPerDay(penaltyPerDay);
		form.setAnswerDays(answerDays);
		form.setVersion(version);
		return form;
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
