package org.buddywerk.volunteers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;

/**
 * A buddy in one programme as matching sees them: status and screening, capacity, where they live and how far
 * they travel, and what they offer, like and will not take on ({@code boundaries}). {@code screeningExpired} is
 * true whenever no screening is valid today; {@code gender} is null when they would rather not say.
 */
public record BuddyProfile(long enrolmentId, long volunteerId, long programmeId, Long accountId, String name,
		VolunteerStatus status, LocalDate screeningValidUntil, boolean screeningExpired, int capacity,
		String postalCode, int travelKm, Gender gender, List<SpokenLanguage> languages, Set<LifeDomain> domains,
		Set<LifeDomain> boundaries, Set<Interest> interests, Set<WeekSlot> slots, Long coachAccountId) {

	public BuddyProfile {
		languages = List.copyOf(languages);
		domains = frozen(domains, LifeDomain.class);
		boundaries = frozen(boundaries, LifeDomain.class);
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
