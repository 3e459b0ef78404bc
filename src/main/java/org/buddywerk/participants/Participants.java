package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (matching) may ask about a participant. Profiles load in two queries however many
 * participants wait: one for the people with their consent, one for all their facts.
 */
@Service
@Transactional(readOnly = true)
public class Participants {

	private static final String PERSON = """
			select p.id, p.programme_id, p.first_name, p.postal_code, p.dutch_level, p.french_level, p.buddy_language,
			       p.buddy_gender, p.waiting_since, p.contact_professional_id, p.account_id,
			       case when exists (select 1 from consent_record c where c.participant_id = p.id
			                         and c.purpose = 'MATCHING'
			                         and not exists (select 1 from consent_withdrawal w where w.consent_id = c.id))
			            then true else false end as matching_consent
			from participant p
			where %s
			order by p.waiting_since, p.id""";

	/** Every fact of the chosen participants as (participant, kind, value, detail). */
	private static final String FACTS = """
			select participant_id, 'LANGUAGE' as kind, language as fact, level as detail from participant_language
			where participant_id in (%1$s)
			union all select participant_id, 'NEED', life_domain, cast(priority as varchar(1)) from participant_need
			where participant_id in (%1$s)
			union all select participant_id, 'INTEREST', interest, null from participant_interest
			where participant_id in (%1$s)
			union all select participant_id, 'SLOT', slot, null from participant_slot where participant_id in (%1$s)""";

	private static final String WAITING_IN = "p.programme_id = :programme and p.waiting_since is not null";

	private static final String ONE = "p.id = :participant";

	private final ParticipantRepository participants;

	private final Consents consents;

	private final JdbcClient jdbc;

	private final Clock clock;

	Participants(ParticipantRepository participants, Consents consents, JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.consents = consents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this participant may be proposed to a buddy: waiting, and consenting to be matched right now. */
	public boolean matchable(long participantId) {
		return participants.findById(participantId)
			.filter(p -> p.getWaitingSince() != null)
			.isPresent() && consents.covers(participantId, ConsentPurpose.MATCHING);
	}

	/** The programme's waiting participants, longest waiting first; those without consent are flagged, not left out. */
	public List<ParticipantProfile> waitingIn(long programmeId) {
		return load(WAITING_IN, Map.of("programme", programmeId));
	}

	public Optional<ParticipantProfile> profile(long participantId) {
		return load(ONE, Map.of("participant", participantId)).stream().findFirst();
	}

	public Optional<ParticipantContact> contact(long participantId) {
		return jdbc.sql("select first_name, last_name, phone, email from participant where id = :participant")
			.param("participant", participantId).query(ParticipantContact.class).optional();
	}

	/**
	 * Locks the participant's row until the caller's transaction ends, so that two coordinators publishing a
	 * match with the same participant at once are served one after the other.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForMatching(long participantId) {
		jdbc.sql("select id from participant where id = :participant for update").param("participant", participantId)
			.query(Long.class).optional().orElseThrow(NotFoundException::new);
	}

	/** No longer waiting; the day they started waiting is kept for {@link #markWaitingAgain}. */
	@Transactional
	public void markMatched(long participantId) {
		participants.findById(participantId).orElseThrow(NotFoundException::new).matched();
		// the profile queries read through JDBC: let them see this within the same transaction
		participants.flush();
	}

	/** Waiting again after a match that did not go on, in the place they had: long waiters keep their turn. */
	@Transactional
	public void markWaitingAgain(long participantId) {
		participants.findById(participantId).orElseThrow(NotFoundException::new).waitingAgain(Today.on(clock));
		participants.flush();
	}

	/** Whether this account is the participant's contact professional or shares their case. */
	public boolean isProfessionalOf(long participantId, long accountId) {
		return jdbc.sql("""
				select count(*) from participant p where p.id = :participant and (p.contact_professional_id = :account
				or exists (select 1 from participant_professional s where s.participant_id = p.id and s.account_id = :account))""")
			.param("participant", participantId).param("account", accountId).query(Long.class).single() > 0;
	}

	/** The participant who signs in with this account (self-service), if any. */
	public Optional<Long> participantOfAccount(long accountId) {
		return jdbc.sql("select id from participant where account_id = :account order by id")
			.param("account", accountId).query(Long.class).list().stream().findFirst();
	}

	private List<ParticipantProfile> load(String condition, Map<String, Object> params) {
		List<Person> people = jdbc.sql(PERSON.formatted(condition)).params(params).query(Person.class).list();
		if (people.isEmpty()) {
			return List.of();
		}
		Map<Long, Facts> facts = new HashMap<>();
		jdbc.sql(FACTS.formatted("select p.id from participant p where " + condition)).params(params)
			.query((RowCallbackHandler) rs -> facts.computeIfAbsent(rs.getLong("participant_id"), id -> new Facts())
				.add(rs.getString("kind"), rs.getString("fact"), rs.getString("detail")));
		return people.stream().map(p -> p.profile(facts.getOrDefault(p.id(), new Facts()))).toList();
	}

	/** One row of {@link #PERSON}. */
	private record Person(long id, long programmeId, String firstName, String postalCode, LanguageLevel dutchLevel,
			LanguageLevel frenchLevel, String buddyLanguage, BuddyGender buddyGender, LocalDate waitingSince,
			long contactProfessionalId, Long accountId, boolean matchingConsent) {

		ParticipantProfile profile(Facts facts) {
			facts.speaks("nl", dutchLevel);
			facts.speaks("fr", frenchLevel);
			return new ParticipantProfile(id, programmeId, firstName, postalCode,
					facts.languages.entrySet().stream().map(l -> new SpokenLanguage(l.getKey(), l.getValue()))
						.sorted(Comparator.comparing(SpokenLanguage::language)).toList(),
					buddyLanguage, facts.needs, facts.interests, facts.slots,
					buddyGender == null ? BuddyGender.NO_PREFERENCE : buddyGender, waitingSince, matchingConsent,
					contactProfessionalId, accountId);
		}
	}

	/** The facts of one participant, gathered from the rows of {@link #FACTS}. */
	private static final class Facts {

		final Map<String, LanguageLevel> languages = new HashMap<>();

		final Map<LifeDomain, Integer> needs = new EnumMap<>(LifeDomain.class);

		final Set<Interest> interests = EnumSet.noneOf(Interest.class);

		final Set<WeekSlot> slots = EnumSet.noneOf(WeekSlot.class);

		void add(String kind, String value, String detail) {
			switch (kind) {
				case "LANGUAGE" -> speaks(value, LanguageLevel.valueOf(detail));
				case "NEED" -> needs.put(LifeDomain.valueOf(value), Integer.valueOf(detail.strip()));
				case "INTEREST" -> interests.add(Interest.valueOf(value));
				case "SLOT" -> slots.add(WeekSlot.valueOf(value));
				default -> throw new IllegalStateException(kind);
			}
		}

		/** A language counts at the best level recorded for it (a row, or the intake's Dutch or French level). */
		void speaks(String language, LanguageLevel level) {
			if (level != null) {
				languages.merge(language, level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
	}
}
