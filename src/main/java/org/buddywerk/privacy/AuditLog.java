package org.buddywerk.privacy;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: entries are only ever added, in a transaction of their own, so a read is recorded even when
 * what follows fails, and a denied attempt is recorded although the request is refused.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(Long actorAccountId, Long participantId, String section, AuditEntry.Action action) {
		entries.save(new AuditEntry(clock.instant(), actorAccountId, participantId, section, action, client()));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(Long participantId, Long actorAccountId, Pageable pageable) {
		return entries.search(participantId, actorAccountId, pageable);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> about(long participantId) {
		return entries.findByParticipantIdOrderByIdAsc(participantId);
	}

	/** The client's address, as the server saw it (behind a proxy: set SERVER_FORWARD_HEADERS_STRATEGY). */
	private static String client() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String address = request.getRemoteAddr();
			return address == null ? null : address.substring(0, Math.min(address.length(), 64));
		}
		return null;
	}
}
