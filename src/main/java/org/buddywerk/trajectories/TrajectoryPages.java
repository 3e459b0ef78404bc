package org.buddywerk.trajectories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.buddywerk.participants.ParticipantAccess;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.people.People;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.trajectories.TrajectoryAccess.Side;
import org.buddywerk.volunteers.Buddies;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The trajectories a person is part of, and one trajectory's triangle with the contact details they may see. */
@Controller
class TrajectoryPages {

	private final TrajectoryRepository trajectories;

	private final TrajectoryAccess access;

	private final Participants participants;

	private final ParticipantAccess participantAccess;

	private final Buddies buddies;

	private final People people;

	TrajectoryPages(TrajectoryRepository trajectories, TrajectoryAccess access, Participants participants,
			ParticipantAccess participantAccess, Buddies buddies, People people) {
		this.trajectories = trajectories;
		this.access = access;
		this.participants = participants;
		this.participantAccess = participantAccess;
		this.buddies = buddies;
		this.people = people;
	}

	@GetMapping("/trajectories")
	String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
		long me = person.accountId();
		List<Long> own = participants.participantOfAccount(me).map(List::of).orElse(List.of(-1L));
		List<Long> coordinated = new ArrayList<>(participantAccess.programmesWhere(me, Role.COORDINATOR));
		coordinated.add(-1L);
		List<Trajectory> visible = trajectories.involving(me, own, coordinated).stream()
			.filter(t -> access.sideOf(t, me) != null)
			.toList();
		Map<Long, String> names = names(visible);
		List<Row> rows = visible.stream().map(t -> row(t, names)).toList();
		model.addAttribute("rows", rows);
		return "trajectories/list";
	}

	@GetMapping("/trajectories/{id}")
	String trajectory(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		Trajectory trajectory = access.readable(id, person.accountId());
		Side side = access.sideOf(trajectory, person.accountId());
		Row row = row(trajectory, names(List.of(trajectory)));
		model.addAttribute("row", row);
		model.addAttribute("side", side.name());
		model.addAttribute("participantContact",
				side.seesParticipantContact() ? participants.contact(trajectory.getParticipantId()).orElse(null) : null);
		model.addAttribute("buddyContact",
				side.seesBuddyContact() ? buddies.contact(trajectory.getEnrolmentId()).orElse(null) : null);
		return "trajectories/trajectory";
	}

	/** The display names of everyone in these trajectories, in one query. */
	private Map<Long, String> names(List<Trajectory> shown) {
		return people.displayNames(shown.stream()
			.flatMap(t -> Stream.of(t.getBuddyAccountId(), t.getProfessionalAccountId(), t.getCoachAccountId()))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
	}

	private Row row(Trajectory t, Map<Long, String> names) {
		String participant = participants.profile(t.getParticipantId()).map(ParticipantProfile::firstName).orElse("");
		return new Row(t.getId(), t.getStatus().name(), t.getStartedOn(), participant,
				t.getBuddyAccountId() == null ? "" : names.getOrDefault(t.getBuddyAccountId(), ""),
				names.getOrDefault(t.getProfessionalAccountId(), ""),
				Optional.ofNullable(t.getCoachAccountId()).map(names::get).orElse(null));
	}

	/** One trajectory as the pages show it: first names and display names only. */
	record Row(long id, String status, java.time.LocalDate startedOn, String participant, String buddy,
			String professional, String coach) {
	}
}
