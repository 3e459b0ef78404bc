package org.buddywerk.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The settings form; bounds keep every cost and penalty well inside the engine's range, and distances on a map.
 * A bean rather than a record: a value that is not a number then fails alone, and the form still shows the
 * others with its message.
 */
class SettingsForm {

	@NotNull @Min(1) @Max(200)
	private Integer maxDistanceKm;

	@NotNull @Min(0) @Max(10_000)
	private Integer weightDistance;

	@NotNull @Min(0) @Max(100_000)
	private Integer weightNeeds;

	@NotNull @Min(0) @Max(100_000)
	private Integer weightInterests;

	@NotNull @Min(0) @Max(100_000)
	private Integer weightTime;

	@NotNull @Min(0) @Max(100_000)
	private Integer weightLanguage;

	@NotNull @Min(0) @Max(10_000_000)
	private Integer penaltyBase;

	@NotNull @Min(0) @Max(100_000)
	private Integer penaltyPerDay;

	@NotNull @Min(1) @Max(90)
	private Integer answerDays;

	@NotNull
	private Long version;

	public Integer getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public void setMaxDistanceKm(Integer maxDistanceKm) {
		this.maxDistanceKm = maxDistanceKm;
	}

	public Integer getWeightDistance() {
		return weightDistance;
	}

	public void setWeightDistance(Integer weightDistance) {
		this.weightDistance = weightDistance;
	}

	public Integer getWeightNeeds() {
		return weightNeeds;
	}

	public void setWeightNeeds(Integer weightNeeds) {
		this.weightNeeds = weightNeeds;
	}

	public Integer getWeightInterests() {
		return weightInterests;
	}

	public void setWeightInterests(Integer weightInterests) {
		this.weightInterests = weightInterests;
	}

	public Integer getWeightTime() {
		return weightTime;
	}

	public void setWeightTime(Integer weightTime) {
		this.weightTime = weightTime;
	}

	public Integer getWeightLanguage() {
		return weightLanguage;
	}

	public void setWeightLanguage(Integer weightLanguage) {
		this.weightLanguage = weightLanguage;
	}

	public Integer getPenaltyBase() {
		return penaltyBase;
	}

	public void setPenaltyBase(Integer penaltyBase) {
		this.penaltyBase = penaltyBase;
	}

	public Integer getPenaltyPerDay() {
		return penaltyPerDay;
	}

	public void setPenaltyPerDay(Integer penaltyPerDay) {
		this.penaltyPerDay = penaltyPerDay;
	}

	public Integer getAnswerDays() {
		return answerDays;
	}

	public void setAnswerDays(Integer answerDays) {
		this.answerDays = answerDays;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
