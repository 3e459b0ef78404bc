package org.buddywerk.people;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions on every instance: they live in the database (Spring Session JDBC). */
@Component
class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAll(String email) {
		endAllExcept(email, null);
	}

	void endAllExcept(String email, String keptSessionId) {
		sessions.findByPrincipalName(email).keySet().stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
	}
}
