package org.buddywerk.matching.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;

/**
 * Random instances small enough to solve by trying everything: up to 7 participants and 4 buddies of
 * capacity 0 to 3, costs and penalties from a few values (many ties and zeros), some participants with no pair.
 */
final class SmallInstances {

	private SmallInstances() {
	}

	static MatchingInstance random(Random random) {
		int participantCount = random.nextInt(8);
		int buddyCount = random.nextInt(5);
		// a narrow range makes ties common; sometimes everything is free
		int costRange = random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(10);
		double density = random.nextDouble();
		List<Participant> participants = new ArrayList<>();
		for (int i = 0; i < participantCount; i++) {
			participants.add(new Participant("p" + i, random.nextInt(costRange + 3)));
		}
		List<Buddy> buddies = new ArrayList<>();
		for (int b = 0; b < buddyCount; b++) {
			buddies.add(new Buddy("b" + b, random.nextInt(4)));
		}
		List<Pair> pairs = new ArrayList<>();
		for (Participant participant : participants) {
			for (Buddy buddy : buddies) {
				if (random.nextDouble() < density) {
					pairs.add(new Pair(participant.id(), buddy.id(), random.nextInt(costRange)));
				}
			}
		}
		Collections.shuffle(participants, random);
		Collections.shuffle(buddies, random);
		Collections.shuffle(pairs, random);
		return new MatchingInstance(participants, buddies, pairs);
	}
}
