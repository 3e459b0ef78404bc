package org.buddywerk.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.participants.ParticipantAccess;
import org.buddywerk.participants.ParticipantProfile;
import org.buddywerk.participants.Participants;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.buddywerk.volunteers.Buddies;
import org.buddywerk.volunteers.BuddyProfile;
import org.springframework.stereotype.Component;

/**
 * Who reaches which matching record: coordinators their programmes'; a professional the proposals of their
 * participants; a buddy and a participant their own. Anything else is told it does not exist (404).
 */
@Component
class MatchingAccess {

	private final ParticipantAccess participantAccess;

	private final Participants participants;

	private final Buddies buddies;

	private final OrganisationDirectory organisations;

	private final MatchProposalRepository proposals;

	MatchingAccess(ParticipantAccess participantAccess, Participants participants, Buddies buddies,
			OrganisationDirectory organisations, MatchProposalRepository proposals) {
		this.participantAccess = participantAccess;
		this.participants = participants;
		this.buddies = buddies;
		this.organisations = organisations;
		this.proposals = proposals;
	}

	Set<Long> coordinatedProgrammes(long accountId) {
		return participantAccess.programmesWhere(accountId, Role.COORDINATOR);
	}

	Set<Long> professionalProgrammes(long accountId) {
		return participantAccess.programmesWhere(accountId, Role.PROFESSIONAL);
	}

	List<ProgrammeView> programmesCoordinatedBy(long accountId) {
		Set<Long> ids = coordinatedProgrammes(accountId);
		return organisations.activeProgrammes().stream().filter(p -> ids.contains(p.id())).toList();
	}

	ProgrammeView programme(long programmeId, long accountId) {
		if (!coordinatedProgrammes(accountId).contains(programmeId)) {
			throw new NotFoundException();
		}
		return organisations.programme(programmeId);
	}

	ParticipantProfile participantForCoordinator(long participantId, long accountId) {
		return participants.profile(participantId)
			.filter(p -> coordinatedProgrammes(accountId).contains(p.programmeId()))
			.orElseThrow(NotFoundException::new);
	}

	BuddyProfile buddyForCoordinator(long enrolmentId, long accountId) {
		return buddies.profile(enrolmentId)
			.filter(b -> coordinatedProgrammes(accountId).contains(b.programmeId()))
			.orElseThrow(NotFoundException::new);
	}

	String participantName(long participantId) {
		return participants.profile(participantId).map(ParticipantProfile::firstName).orElse("");
	}

	String buddyName(long enrolmentId) {
		return buddies.profile(enrolmentId).map(BuddyProfile::name).orElse("");
	}

	/** The parts this account plays in a proposal. */
	enum Part {
		COORDINATOR, PROFESSIONAL, BUDDY, PARTICIPANT
	}

	record Reached(MatchProposal proposal, Set<Part> parts) {
	}

	Reached proposal(long proposalId, long accountId) {
		MatchProposal proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
		Set<Part> parts = partsIn(proposal, accountId);
		if (parts.isEmpty()) {
			throw new NotFoundException();
		}
		return new Reached(proposal, parts);
	}

	Set<Part> partsIn(MatchProposal proposal, long accountId) {
		Set<Part> parts = EnumSet.noneOf(Part.class);
		if (coordinatedProgrammes(accountId).contains(proposal.getProgrammeId())) {
			parts.add(Part.COORDINATOR);
		}
		if (participants.isProfessionalOf(proposal.getParticipantId(), accountId)
				&& professionalProgrammes(accountId).contains(proposal.getProgrammeId())) {
			parts.add(Part.PROFESSIONAL);
		}
		if (buddies.enrolmentsOfAccount(accountId).contains(proposal.getEnrolmentId())) {
			parts.add(Part.BUDDY);
		}
		if (participants.participantOfAccount(accountId).filter(id -> id == proposal.getParticipantId()).isPresent()) {
			parts.add(Part.PARTICIPANT);
		}
		return parts;
	}
}
