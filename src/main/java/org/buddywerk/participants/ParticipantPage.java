package org.buddywerk.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.people.People;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.SignedInPerson;
import org.buddywerk.platform.SlotGrid;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.platform.Today;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.privacy.AuditEntry;
import org.buddywerk.privacy.AuditLog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's basic profile, with contact details only for those who may see them, the consents (record
 * and withdraw) and the edit history (who, when, which sections). The restricted profile is never on this page;
 * it only links there for those who may read it or break the glass. Every view is audited.
 */
@Controller
@RequestMapping("/participants/{id}")
class ParticipantPage {

	/** A consent as the professional records it; the text version is always the current one. */
	record ConsentForm(@NotNull ConsentPurpose purpose, Long partnerOrganisationId,
			@NotNull @Pattern(regexp = Languages.PATTERN) String language, @NotNull ConsentGivenBy givenBy,
			@NotNull ConsentGivenHow givenHow, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate givenOn) {
	}

	private final ParticipantAccess access;

	private final Consents consents;

	private final ParticipantChangeRepository changes;

	private final People people;

	private final OrganisationDirectory organisations;

	private final AuditLog audit;

	private final Clock clock;

	private final Intake intake;

	ParticipantPage(ParticipantAccess access, Consents consents, ParticipantChangeRepository changes, People people,
			OrganisationDirectory organisations, AuditLog audit, Clock clock, Intake intake) {
		this.intake = intake;
		this.access = access;
		this.consents = consents;
		this.changes = changes;
		this.people = people;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person, Model model) {
		return page(access.basic(id, person.accountId()), person.accountId(), model);
	}

	@PostMapping("/consents")
	String record(@PathVariable long id, @Valid @ModelAttribute("consent") ConsentForm form, BindingResult result,
			@AuthenticationPrincipal SignedInPerson person, Model model, RedirectAttributes redirect) {
		Participant participant = access.basic(id, person.accountId());
		if (!result.hasErrors()) {
			try {
				consents.record(id, person.accountId(), form.purpose(), form.partnerOrganisationId(), form.language(),
						form.givenBy(), form.givenHow(), form.givenOn());
				redirect.addFlashAttribute("done", "consent.done.recorded");
				return "redirect:/participants/" + id;
			}
			catch (Refusal refusal) {
				refusal.showOn(result);
			}
		}
		return page(participant, person.accountId(), model);
	}

	@PostMapping("/consents/{consentId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long consentId, @AuthenticationPrincipal SignedInPerson person,
			RedirectAttributes redirect) {
		consents.withdraw(id, consentId, person.accountId());
		redirect.addFlashAttribute("done", "consent.done.withdrawn");
		return "redirect:/participants/" + id;
	}

	private String page(Participant participant, long actor, Model model) {
		LocalDate today = Today.on(clock);
		audit.record(actor, participant.getId(), "basic", AuditEntry.Action.READ);
		boolean changes = participant.professionalIs(actor) || access.coordinates(participant, actor);
		List<Consents.Consent> given = consents.of(participant.getId());
		List<ParticipantChange> history = this.changes.findByParticipantIdOrderByChangedAtDescIdDesc(participant.getId());
		Set<Long> accounts = new HashSet<>();
		accounts.add(participant.getContactProfessionalId());
		history.forEach(c -> accounts.add(c.getActorAccountId()));
		given.forEach(c -> {
			accounts.add(c.record().getRecordedBy());
			if (c.withdrawal() != null) {
				accounts.add(c.withdrawal().getWithdrawnBy());
			}
		});
		Set<Long> partners = new HashSet<>();
		given.stream().map(c -> c.record().getPartnerOrganisationId()).filter(p -> p != null).forEach(partners::add);
		model.addAttribute("participant", participant);
		model.addAttribute("programme", organisations.programme(participant.getProgrammeId()));
		model.addAttribute("seesContact", access.seesContact(participant, actor));
		model.addAttribute("readsRestricted", access.readsRestricted(participant, actor));
		model.addAttribute("mayBreakGlass", access.mayBreakGlass(participant, actor));
		model.addAttribute("mayChange", changes);
		model.addAttribute("daysWaiting", participant.getWaitingSince() == null ? null
				: ChronoUnit.DAYS.between(participant.getWaitingSince(), today));
		model.addAttribute("spokenLanguages", participant.getLanguages().stream()
			.sorted(java.util.Comparator.comparing(org.buddywerk.platform.SpokenLanguage::language)).toList());
		model.addAttribute("languageNames", SpokenLanguages.names(LocaleContextHolder.getLocale()));
		model.addAttribute("consents", given);
		model.addAttribute("history", history.stream()
			.map(c -> new Change(c.getChangedAt().atZone(Today.ZONE), c.getActorAccountId(), Arrays.asList(c.getFields().split(","))))
			.toList());
		model.addAttribute("names", people.displayNames(accounts));
		model.addAttribute("partnerNames", organisations.organisationNames(partners));
		model.addAttribute("parts", WeekSlot.Part.values());
		model.addAttribute("slotGrid", SlotGrid.ROWS);
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("givenBys", ConsentGivenBy.values());
		model.addAttribute("givenHows", ConsentGivenHow.values());
		model.addAttribute("uiLanguages", Languages.SUPPORTED);
		model.addAttribute("textVersion", Consents.TEXT_VERSION);
		model.addAttribute("buddyLanguageName", participant.getBuddyLanguage() == null ? null
				: java.util.Locale.forLanguageTag(participant.getBuddyLanguage()).getDisplayLanguage(LocaleContextHolder.getLocale()));
		if (participant.getContactProfessionalId() == actor || access.coordinates(participant, actor)) {
			model.addAttribute("shareChoices", intake.professionalsFor(participant.getProgrammeId()).stream()
				.filter(p -> p.accountId() != participant.getContactProfessionalId()).toList());
			model.addAttribute("sharedWith", participant.getSharedWith());
		}
		if (changes) {
			model.addAttribute("partnerChoices", organisations.allOrganisations());
		}
		if (!model.containsAttribute("consent")) {
			model.addAttribute("consent", new ConsentForm(ConsentPurpose.PROGRAMME, null,
					LocaleContextHolder.getLocale().getLanguage(), ConsentGivenBy.PARTICIPANT, ConsentGivenHow.SIGNED_FORM,
					today));
		}
		return "participants/view";
	}

	/** One line of the history: who changed which sections, when. Never the values. */
	record Change(java.time.ZonedDateTime at, Long actor, List<String> sections) {
	}
}
