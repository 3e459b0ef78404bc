package org.buddywerk.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.buddywerk.matching.geo.Coordinates;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.participants.BuddyGender;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.volunteers.BuddyProfile;
import org.buddywerk.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One participant's top ten among 100,000 buddies: every buddy judged by every rule, costed, and the best kept
 * in a bounded heap. Generated with a fixed seed over 2,000 postal areas of a region of about 100 × 100 km.
 * Run with {@code ./mvnw test -Dtest=SuggestionBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class SuggestionBenchmark {

	private static final int BUDDIES = 100_000;

	private static final int AREAS = 2_000;

	private static final String[] LANGUAGES = { "nl", "fr", "en", "ar", "uk", "ti", "fa", "so", "tr", "ru" };

	@Test
	void topTenAmongAHundredThousandBuddies() {
		Random random = new Random(20261122);
		LocalDate today = LocalDate.of(2026, 11, 22);
		Map<String, Coordinates> areas = new HashMap<>();
		for (int i = 0; i < AREAS; i++) {
			areas.put(String.valueOf(1000 + i), new Coordinates(50.6 + random.nextDouble() * 0.9, 3.2 + random.nextDouble() * 1.4));
		}
		List<BuddyProfile> buddies = new ArrayList<>(BUDDIES);
		for (int i = 0; i < BUDDIES; i++) {
			buddies.add(new BuddyProfile(i, i, 1, (long) i, "B" + i, VolunteerStatus.AVAILABLE,
					random.nextInt(20) == 0 ? today.minusDays(1) : today.plusYears(1), false, 1 + random.nextInt(2),
					String.valueOf(1000 + random.nextInt(AREAS)), 5 + random.nextInt(30),
					Gender.values()[random.nextInt(Gender.values().length)], languages(random), some(random, LifeDomain.class, 4),
					some(random, LifeDomain.class, 1), some(random, Interest.class, 3), some(random, WeekSlot.class, 6), null));
		}
		MatchingContext context = new MatchingContext(new MatchingSettings(1), Set.of("ti>en", "so>en"), today, areas,
				new HashMap<>(), new HashMap<>(), Set.of());
		List<ParticipantProfile> participants = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			participants.add(new ParticipantProfile(i, 1, "P" + i, String.valueOf(1000 + random.nextInt(AREAS)),
					languages(random), null, Map.of(LifeDomain.HOUSING, 1, LifeDomain.EDUCATION, 2),
					some(random, Interest.class, 3), some(random, WeekSlot.class, 5),
					random.nextBoolean() ? BuddyGender.NO_PREFERENCE : BuddyGender.WOMAN, today.minusDays(random.nextInt(300)),
					true, 1, null));
		}
		for (int warmUp = 0; warmUp < 30; warmUp++) {
			CandidateRanking.buddiesFor(participants.get(warmUp % participants.size()), buddies, context, 10, 5);
		}
		int runs = 100;
		double[] millis = new double[runs];
		int found = 0;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			found += CandidateRanking.buddiesFor(participants.get(run % participants.size()), buddies, context, 10, 5).best().size();
			millis[run] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("Top 10 of %,d buddies: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs, %.1f found on average)%n",
				BUDDIES, millis[runs / 2], millis[(int) (runs * 0.95)], millis[runs - 1], runs, found / (double) runs);
		assertThat(found).isPositive();
	}

	/**
	 * "Propose pairs" for a large programme, in memory: every participant judged against every buddy (the
	 * eligible pairs and their costs), then the exact solve. The database reads come on top.
	 */
	@Test
	void proposePairsForAProgrammeOfTwoThousandOnEachSide() {
		Random random = new Random(20261123);
		LocalDate today = LocalDate.of(2026, 11, 22);
		Map<String, Coordinates> areas = new HashMap<>();
		for (int i = 0; i < 200; i++) {
			areas.put(String.valueOf(9000 + i), new Coordinates(50.95 + random.nextDouble() * 0.2, 3.6 + random.nextDouble() * 0.3));
		}
		int size = 2_000;
		List<BuddyProfile> buddies = new ArrayList<>();
		List<ParticipantProfile> participants = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			buddies.add(new BuddyProfile(i, i, 1, (long) i, "B" + i, VolunteerStatus.AVAILABLE, today.plusYears(1), false,
					1 + random.nextInt(2), String.valueOf(9000 + random.nextInt(200)), 5 + random.nextInt(15),
					Gender.values()[random.nextInt(Gender.values().length)], languages(random),
					some(random, LifeDomain.class, 4), some(random, LifeDomain.class, 1), some(random, Interest.class, 3),
					some(random, WeekSlot.class, 6), null));
			participants.add(new ParticipantProfile(i, 1, "P" + i, String.valueOf(9000 + random.nextInt(200)),
					languages(random), null, Map.of(LifeDomain.HOUSING, 1, LifeDomain.values()[1 + random.nextInt(9)], 2),
					some(random, Interest.class, 3), some(random, WeekSlot.class, 5), BuddyGender.NO_PREFERENCE,
					today.minusDays(random.nextInt(300)), true, 1, null));
		}
		MatchingContext context = new MatchingContext(new MatchingSettings(1), Set.of(), today, areas, new HashMap<>(),
				new HashMap<>(), Set.of());
		MatchingData.Snapshot snapshot = new MatchingData.Snapshot(context, participants, buddies);
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			org.buddywerk.matching.engine.MatchingEngine.solve(Batch.of(snapshot).instance());
		}
		int runs = 10;
		double[] build = new double[runs];
		double[] solve = new double[runs];
		Batch batch = null;
		long objective = 0;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			batch = Batch.of(snapshot);
			long built = System.nanoTime();
			objective = org.buddywerk.matching.engine.MatchingEngine.solve(batch.instance()).objective();
			build[run] = (built - start) / 1e6;
			solve[run] = (System.nanoTime() - built) / 1e6;
		}
		Arrays.sort(build);
		Arrays.sort(solve);
		System.out.printf("Propose pairs, %,d participants x %,d buddies: %,d eligible pairs; judging median %.0f ms, "
				+ "solving median %.0f ms (objective %,d)%n", size, size, batch.instance().pairs().size(), build[runs / 2],
				solve[runs / 2], objective);
		assertThat(batch.instance().pairs()).isNotEmpty();
	}

	private static List<SpokenLanguage> languages(Random random) {
		List<SpokenLanguage> spoken = new ArrayList<>();
		spoken.add(new SpokenLanguage(LANGUAGES[random.nextInt(LANGUAGES.length)], LanguageLevel.NATIVE));
		String second = LANGUAGES[random.nextInt(3)];
		if (!second.equals(spoken.get(0).language())) {
			spoken.add(new SpokenLanguage(second, LanguageLevel.values()[random.nextInt(3)]));
		}
		return spoken;
	}

	private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, int most) {
		E[] all = type.getEnumConstants();
		EnumSet<E> chosen = EnumSet.noneOf(type);
		int count = random.nextInt(most + 1);
		for (int i = 0; i < count; i++) {
			chosen.add(all[random.nextInt(all.length)]);
		}
		return chosen;
	}
}
