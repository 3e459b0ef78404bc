package org.buddywerk.matching;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One "propose pairs" run: who started it, how far it is, and the figures of its outcome. */
@Entity
class MatchRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long programmeId;

	private long startedBy;

	private Instant startedAt;

	private Instant finishedAt;

	@Enumerated(EnumType.STRING)
	private RunStatus status;

	private int progress;

	private int participants;

	private int buddies;

	private int pairsConsidered;

	private Long objective;

	private int matched;

	private BigDecimal averageDistanceKm;

	private Integer longestWaiterDays;

	protected MatchRun() {
	}

	MatchRun(long programmeId, long startedBy, Instant now) {
		this.programmeId = programmeId;
		this.startedBy = startedBy;
		this.startedAt = now;
		this.status = RunStatus.RUNNING;
	}

	public Long getId() {
		return id;
	}

	public long getProgrammeId() {
		return programmeId;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public RunStatus getStatus() {
		return status;
	}

	public int getProgress() {
		return progress;
	}

	public int getParticipants() {
		return participants;
	}

	public int getBuddies() {
		return buddies;
	}

	public int getPairsConsidered() {
		return pairsConsidered;
	}

	public Long getObjective() {
		return objective;
	}

	public int getMatched() {
		return matched;
	}

	public BigDecimal getAverageDistanceKm() {
		return averageDistanceKm;
	}

	public Integer getLongestWaiterDays() {
		return longestWaiterDays;
	}
}
