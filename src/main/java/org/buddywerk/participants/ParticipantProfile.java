package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;

/**
 * A participant as matching sees them: no contact details, no restricted profile. {@code languages} includes
 * Dutch and French at the levels the intake recorded; {@code needs} maps each life domain to its priority
 * (1 is the most urgent); {@code matchingConsent} is whether a consent to be matched holds right now.
 */
public record ParticipantProfile(long id, long programmeId, String firstName, String postalCode,
		List<SpokenLanguage> languages, String buddyLanguage, Map<LifeDomain, Integer> needs, Set<Interest> interests,
		Set<WeekSlot> slots, BuddyGender buddyGender, LocalDate waitingSince, boolean matchingConsent,
		long contactProfessionalId, Long accountId) {

	public ParticipantProfile {
		languages = List.copyOf(languages);
		needs = Collections.unmodifiableMap(needs.isEmpty() ? new EnumMap<>(LifeDomain.class) : new EnumMap<>(needs));
		interests = frozen(interests, Interest.class);
		slots = frozen(slots, WeekSlot.class);
	}

	/** Unchangeable, in the enum's order, so that explanations list them the same way every time. */
	private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
		EnumSet<E> copy = EnumSet.noneOf(type);
		copy.addAll(values);
		return Collections.unmodifiableSet(copy);
	}
}
