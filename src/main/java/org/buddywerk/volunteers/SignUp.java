package org.buddywerk.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.ProgrammeView;
import org.buddywerk.people.People;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public sign-up, in one transaction: the volunteer, their consent, an account with the buddy role in the
 * organisations of the chosen programmes, and an APPLIED enrolment per programme. Any refusal (a weak password,
 * a programme that closed meanwhile) rolls all of it back. One volunteer per e-mail address: signing up again
 * updates that application instead of making a second one.
 */
@Service
class SignUp {

	/**
	 * The version of the consent text {@code join.consent.text} in the message bundles. Change it whenever that
	 * text changes in any language, so that every volunteer's record says which text they agreed to.
	 */
	static final String CONSENT_VERSION = "2026-11";

	/** Whether the sign-up made a new application or updated the one already there for this e-mail address. */
	enum Outcome {
		NEW, UPDATED
	}

	private static final Logger log = LoggerFactory.getLogger(SignUp.class);

	private final VolunteerRepository volunteers;

	private final VolunteerConsentRepository consents;

	private final EnrolmentRepository enrolments;

	private final Pipeline pipeline;

	private final OrganisationDirectory organisations;

	private final People people;

	private final Clock clock;

	SignUp(VolunteerRepository volunteers, VolunteerConsentRepository consents, EnrolmentRepository enrolments,
			Pipeline pipeline, OrganisationDirectory organisations, People people, Clock clock) {
		this.volunteers = volunteers;
		this.consents = consents;
		this.enrolments = enrolments;
		this.pipeline = pipeline;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
	}

	/** The programmes open for sign-up: the active ones, by name. */
	@Transactional(readOnly = true)
	List<ProgrammeView> openProgrammes() {
		return organisations.activeProgrammes();
	}

	/**
	 * Stores a valid form. A person who already signed up with this e-mail address gets their application
	 * updated and new enrolments for newly chosen programmes; their account (if any) gains the buddy role in new
	 * organisations, and its password never changes here.
	 */
	@Transactional
	Outcome register(SignUpForm form, Locale language) {
		Map<Long, ProgrammeView> open = openProgrammes().stream()
			.collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
		if (form.programmes().isEmpty() || !open.keySet().containsAll(form.programmes())) {
			throw new Refusal("programmes", "join.programmes.unavailable");
		}
		Set<Long> organisationIds = form.programmes().stream().map(id -> open.get(id).organisationId())
			.collect(Collectors.toSet());

		Instant now = clock.instant();
		String email = form.normalisedEmail();
		Optional<Volunteer> existing = volunteers.findByEmail(email);
		Volunteer volunteer = existing.orElseGet(() -> new Volunteer(email, now));
		volunteer.describe(form.name().strip(), form.phone(), form.normalisedPostalCode(), form.travelKm(),
				form.capacity(), Text.orNull(form.boundaries()), Text.orNull(form.about()), form.spokenLanguages(),
				form.domains(), form.slots(), now);
		volunteer.describeForMatching(form.gender(), form.interests(), form.boundaryDomains(), now);
		volunteer.consented(CONSENT_VERSION, language.getLanguage(), now);
		volunteer = volunteers.saveAndFlush(volunteer);
		consents.save(new VolunteerConsent(volunteer.getId(), VolunteerConsent.PROCESSING, CONSENT_VERSION,
				language.getLanguage(), now));

		if (existing.isEmpty()) {
			// An account that already exists for this address (a coordinator who also volunteers, say) is left
			// as it is: a form anyone can post must not add roles to it or tell that it exists.
			if (people.accountIdOf(email).isEmpty()) {
				volunteer.linkAccount(people.createVolunteerAccount(email, volunteer.getName(), language,
						form.password(), organisationIds));
			}
		}
		else if (volunteer.getAccountId() != null) {
			people.addBuddyRole(volunteer.getAccountId(), organisationIds);
		}

		long volunteerId = volunteer.getId();
		Set<Long> enrolled = enrolments.findByVolunteerId(volunteerId).stream().map(Enrolment::getProgrammeId)
			.collect(Collectors.toSet());
		List<Long> added = form.programmes().stream().filter(id -> !enrolled.contains(id)).toList();
		added.forEach(programmeId -> pipeline.apply(volunteerId, programmeId, null));
		// ids and counts only: no name, e-mail or phone in the log
		log.info("Volunteer {} {} with {} new enrolment(s)", volunteerId,
				existing.isEmpty() ? "signed up" : "updated their application", added.size());
		return existing.isEmpty() ? Outcome.NEW : Outcome.UPDATED;
	}
}
