package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Today;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents are recorded and withdrawn, never edited or deleted: a withdrawal is a row of its own and takes
 * effect at once. Whether a purpose is covered is read from the rows every time, so nothing can go stale.
 */
@Service
@Transactional
public class Consents {

	/** The version of the consent texts in the bundles (keys consent.text.*); raise it when a text changes. */
	public static final String TEXT_VERSION = "2026-11";

	/** A consent with its withdrawal, if any. */
	public record Consent(ConsentRecord record, ConsentWithdrawal withdrawal) {

		public boolean active() {
			return withdrawal == null;
		}
	}

	private final ConsentRecordRepository records;

	private final ConsentWithdrawalRepository withdrawals;

	private final ParticipantAccess access;

	private final OrganisationDirectory organisations;

	private final AuditLog audit;

	private final Clock clock;

	Consents(ConsentRecordRepository records, ConsentWithdrawalRepository withdrawals, ParticipantAccess access,
			OrganisationDirectory organisations, AuditLog audit, Clock clock) {
		this.records = records;
		this.withdrawals = withdrawals;
		this.access = access;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Recorded by the participant's professional or a coordinator of the programme. */
	public ConsentRecord record(long participantId, long actor, ConsentPurpose purpose, Long partnerOrganisationId,
			String language, ConsentGivenBy givenBy, ConsentGivenHow givenHow, LocalDate givenOn) {
		Participant participant = access.basic(participantId, actor);
		if (!participant.professionalIs(actor) && !access.coordinates(participant, actor)) {
			throw new NotFoundException();
		}
		if (purpose == ConsentPurpose.SHARING_WITH_PARTNER
				&& (partnerOrganisationId == null || !organisations.exists(partnerOrganisationId))) {
			throw new Refusal("partnerOrganisationId", "consent.partner.required");
		}
		if (givenOn.isAfter(Today.on(clock))) {
			throw new Refusal("givenOn", "consent.givenOn.future");
		}
		ConsentRecord consent = records.save(new ConsentRecord(participantId, purpose,
				purpose == ConsentPurpose.SHARING_WITH_PARTNER ? partnerOrganisationId : null, TEXT_VERSION, language,
				givenBy, givenHow, givenOn, actor, clock.instant()));
		audit.record(actor, participantId, "consent", AuditEntry.Action.CHANGE);
		return consent;
	}

	/**
	 * Withdraws one consent of this participant, by their professional, a coordinator of the programme or the
	 * participant themselves. A consent of another participant is not found (nested ids belong to their parent).
	 */
	public void withdraw(long participantId, long consentId, long actor) {
		Participant participant = access.basic(participantId, actor);
		boolean allowed = participant.professionalIs(actor) || access.coordinates(participant, actor)
				|| Long.valueOf(actor).equals(participant.getAccountId());
		ConsentRecord consent = records.findById(consentId).filter(c -> c.getParticipantId() == participantId)
			.orElseThrow(NotFoundException::new);
		if (!allowed) {
			throw new NotFoundException();
		}
		if (!withdrawals.existsById(consent.getId())) {
			withdrawals.save(new ConsentWithdrawal(consent.getId(), clock.instant(), actor));
			audit.record(actor, participantId, "consent", AuditEntry.Action.CHANGE);
		}
	}

	@Transactional(readOnly = true)
	public List<Consent> of(long participantId) {
		List<ConsentRecord> given = records.findByParticipantIdOrderByRecordedAtAscIdAsc(participantId);
		Map<Long, ConsentWithdrawal> withdrawn = withdrawals
			.findByConsentIdIn(given.stream().map(ConsentRecord::getId).toList()).stream()
			.collect(Collectors.toMap(ConsentWithdrawal::getConsentId, Function.identity()));
		return given.stream().map(c -> new Consent(c, withdrawn.get(c.getId()))).toList();
	}

	/** Whether a consent for this purpose was given and not withdrawn. */
	@Transactional(readOnly = true)
	public boolean covers(long participantId, ConsentPurpose purpose) {
		return of(participantId).stream().anyMatch(c -> c.active() && c.record().getPurpose() == purpose);
	}
}
