package org.buddywerk.privacy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** Who read or changed which section of which participant's record, when and from where. Never the values. */
@Entity
@Immutable
public class AuditEntry {

	/** What the actor did, or tried. */
	public enum Action {
		READ, CHANGE, DENIED, BREAK_GLASS
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant happenedAt;

	private Long actorAccountId;

	private Long participantId;

	private String section;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String client;

	protected AuditEntry() {
	}

	AuditEntry(Instant happenedAt, Long actorAccountId, Long participantId, String section, Action action,
			String client) {
		this.happenedAt = happenedAt;
		this.actorAccountId = actorAccountId;
		this.participantId = participantId;
		this.section = section;
		this.action = action;
		this.client = client;
	}

	public Long getId() {
		return id;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}

	public Long getActorAccountId() {
		return actorAccountId;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public String getSection() {
		return section;
	}

	public Action getAction() {
		return action;
	}

	public String getClient() {
		return client;
	}
}
