package org.buddywerk.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Language pairs a programme can bring an interpreter for (participant's language → buddy's language). */
@Component
class Interpreters {

	private final JdbcClient jdbc;

	Interpreters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record LanguagePair(String participantLanguage, String buddyLanguage) {
	}

	List<LanguagePair> of(long programmeId) {
		return jdbc.sql("""
				select participant_language, buddy_language from matching_interpreter where programme_id = ?
				order by participant_language, buddy_language""")
			.param(programmeId)
			.query((rs, n) -> new LanguagePair(rs.getString(1), rs.getString(2)))
			.list();
	}

	Set<String> pairsOf(long programmeId) {
		return of(programmeId).stream()
			.map(p -> MatchingContext.interpreterPair(p.participantLanguage(), p.buddyLanguage()))
			.collect(Collectors.toSet());
	}

	@Transactional
	void add(long programmeId, LanguagePair pair) {
		remove(programmeId, pair);
		jdbc.sql("insert into matching_interpreter (programme_id, participant_language, buddy_language) values (?, ?, ?)")
			.params(programmeId, pair.participantLanguage(), pair.buddyLanguage())
			.update();
	}

	@Transactional
	void remove(long programmeId, LanguagePair pair) {
		jdbc.sql("delete from matching_interpreter where programme_id = ? and participant_language = ? and buddy_language = ?")
			.params(programmeId, pair.participantLanguage(), pair.buddyLanguage())
			.update();
	}
}
