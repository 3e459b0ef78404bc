package org.buddywerk.matching;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.buddywerk.matching.MatchingContext.PairKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pairs a coordinator locked in or ruled out, and pairs that said no (ruled out for good). */
@Component
class MatchRules {

	private final JdbcClient jdbc;

	private final Clock clock;

	MatchRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Rule(long participantId, long enrolmentId, RuleKind kind) {
	}

	Map<PairKey, RuleKind> inProgramme(long programmeId) {
		Map<PairKey, RuleKind> rules = new HashMap<>();
		list(programmeId).forEach(r -> rules.put(new PairKey(r.participantId(), r.enrolmentId()), r.kind()));
		return rules;
	}

	List<Rule> list(long programmeId) {
		return jdbc.sql("select participant_id, enrolment_id, kind from match_rule where programme_id = ? order by created_at")
			.param(programmeId)
			.query((rs, n) -> new Rule(rs.getLong(1), rs.getLong(2), RuleKind.valueOf(rs.getString(3))))
			.list();
	}

	/** The rule on one pair, if any: publishing checks a single pair, not the programme's whole list. */
	Map<PairKey, RuleKind> onPair(long participantId, long enrolmentId) {
		Map<PairKey, RuleKind> rules = new HashMap<>();
		jdbc.sql("select kind from match_rule where participant_id = ? and enrolment_id = ?")
			.params(participantId, enrolmentId)
			.query(String.class)
			.list()
			.forEach(kind -> rules.put(new PairKey(participantId, enrolmentId), RuleKind.valueOf(kind)));
		return rules;
	}

	/** Sets a coordinator's rule; a declined pair stays declined whatever the coordinator clicks. */
	@Transactional
	void set(long programmeId, long participantId, long enrolmentId, RuleKind kind, long actor) {
		if (kind == RuleKind.DECLINED || isDeclined(participantId, enrolmentId)) {
			return;
		}
		remove(participantId, enrolmentId);
		insert(programmeId, participantId, enrolmentId, kind, actor);
	}

	@Transactional
	void declined(long programmeId, long participantId, long enrolmentId, long actor) {
		jdbc.sql("delete from match_rule where participant_id = ? and enrolment_id = ?").params(participantId, enrolmentId).update();
		insert(programmeId, participantId, enrolmentId, RuleKind.DECLINED, actor);
	}

	/** Removes a coordinator's lock or exclusion; never a no. */
	@Transactional
	void remove(long participantId, long enrolmentId) {
		jdbc.sql("delete from match_rule where participant_id = ? and enrolment_id = ? and kind <> 'DECLINED'")
			.params(participantId, enrolmentId)
			.update();
	}

	private boolean isDeclined(long participantId, long enrolmentId) {
		return jdbc.sql("select count(*) from match_rule where participant_id = ? and enrolment_id = ? and kind = 'DECLINED'")
			.params(participantId, enrolmentId)
			.query(Long.class)
			.single() > 0;
	}

	private void insert(long programmeId, long participantId, long enrolmentId, RuleKind kind, long actor) {
		jdbc.sql("""
				insert into match_rule (participant_id, enrolment_id, programme_id, kind, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(participantId, enrolmentId, programmeId, kind.name(), actor,
					java.sql.Timestamp.from(clock.instant()))
			.update();
	}
}
