package org.buddywerk.participants;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** The withdrawal of one consent: from this moment on it no longer counts. Never changed or removed. */
@Entity
@Immutable
public class ConsentWithdrawal {

	@Id
	private Long consentId;

	private Instant withdrawnAt;

	private Long withdrawnBy;

	protected ConsentWithdrawal() {
	}

	ConsentWithdrawal(long consentId, Instant withdrawnAt, long withdrawnBy) {
		this.consentId = consentId;
		this.withdrawnAt = withdrawnAt;
		this.withdrawnBy = withdrawnBy;
	}

	public Long getConsentId() {
		return consentId;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public Long getWithdrawnBy() {
		return withdrawnBy;
	}
}
