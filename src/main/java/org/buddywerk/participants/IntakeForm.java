package org.buddywerk.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.PlainText;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.platform.WeekSlot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The intake form. Lists come as parallel rows (languages with level, household members with birth year) and
 * needs as one priority and note per life domain, so that the page works without JavaScript; empty rows are
 * ignored. {@link #problems()} names what Bean Validation cannot check on its own.
 */
public record IntakeForm(@NotNull Long programmeId, @PlainText @NotBlank @Size(max = 100) String firstName,
		@PlainText @Size(max = 100) String lastName,
		@Pattern(regexp = "^$|^[0-9 +()/-]{6,20}$", message = "{intake.phone.invalid}") String phone,
		@Email @Size(max = 254) String email,
		@NotBlank @Pattern(regexp = "^\\s*[1-9][0-9]{3}(\\s?[A-Za-z]{2})?\\s*$", message = "{intake.postalCode.invalid}") String postalCode,
		List<String> languageCodes, List<String> languageLevels, LanguageLevel dutchLevel, LanguageLevel frenchLevel,
		Map<String, String> priorities, Map<String, String> needNotes, List<String> memberKinds,
		List<String> memberBirthYears, @PlainText @Size(max = 2000) String interests,
		@PlainText @Size(max = 2000) String aspirations, List<String> interestChoices, BuddyGender buddyGender,
		@Pattern(regexp = "^$|^[a-z]{2}$", message = "{intake.languages.invalid}") String buddyLanguage,
		@PlainText @Size(max = 1000) String buddyPreferences, Set<WeekSlot> slots, Long contactProfessionalId,
		@DateTimeFormat(iso = ISO.DATE) LocalDate waitingSince, ReceptionKind receptionKind,
		@PlainText @Size(max = 200) String receptionName, Long version) {

	/** Household rows the form offers. */
	public static final int HOUSEHOLD_ROWS = 8;

	/** Language rows the form offers. */
	public static final int LANGUAGE_ROWS = 3;

	public IntakeForm {
		languageCodes = languageCodes == null ? List.of() : languageCodes;
		languageLevels = languageLevels == null ? List.of() : languageLevels;
		priorities = priorities == null ? Map.of() : priorities;
		needNotes = needNotes == null ? Map.of() : needNotes;
		memberKinds = memberKinds == null ? List.of() : memberKinds;
		memberBirthYears = memberBirthYears == null ? List.of() : memberBirthYears;
		interestChoices = interestChoices == null ? List.of() : interestChoices;
		// an empty choice in the form binds as null
		EnumSet<WeekSlot> chosen = EnumSet.noneOf(WeekSlot.class);
		if (slots != null) {
			slots.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
		}
		slots = chosen;
		buddyGender = buddyGender == null ? BuddyGender.NO_PREFERENCE : buddyGender;
	}

	static IntakeForm empty(long programmeId, long contactProfessionalId, LocalDate today) {
		return new IntakeForm(programmeId, "", "", "", "", "", List.of(), List.of(), null, null, Map.of(), Map.of(),
				List.of(), List.of(), "", "", List.of(), BuddyGender.NO_PREFERENCE, "", "", Set.of(), contactProfessionalId,
				today, null, "", null);
	}

	static IntakeForm of(Participant p) {
		List<SpokenLanguage> spoken = p.getLanguages().stream()
			.sorted(java.util.Comparator.comparing(SpokenLanguage::language)).toList();
		Map<String, String> priorities = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		p.getNeeds().forEach(n -> {
			priorities.put(n.domain().name(), String.valueOf(n.priority()));
			notes.put(n.domain().name(), n.note() == null ? "" : n.note());
		});
		return new IntakeForm(p.getProgrammeId(), p.getFirstName(), p.getLastName(), p.getPhone(), p.getEmail(),
				p.getPostalCode(), spoken.stream().map(SpokenLanguage::language).toList(),
				spoken.stream().map(s -> s.level().name()).toList(), p.getDutchLevel(), p.getFrenchLevel(), priorities,
				notes, p.getHousehold().stream().map(m -> m.kind().name()).toList(),
				p.getHousehold().stream().map(m -> String.valueOf(m.birthYear())).toList(), p.getInterests(),
				p.getAspirations(), p.getInterestChoices().stream().map(Enum::name).toList(), p.getBuddyGender(), p.getBuddyLanguage(), p.getBuddyPreferences(), p.getSlots(),
				p.getContactProfessionalId(), p.getWaitingSince(), p.getReceptionKind(), p.getReceptionName(),
				p.getVersion());
	}

	String normalisedPostalCode() {
		return postalCode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	Set<SpokenLanguage> spokenLanguages() {
		Set<SpokenLanguage> spoken = new HashSet<>();
		for (int i = 0; i < languageCodes.size(); i++) {
			String code = languageCodes.get(i);
			String level = i < languageLevels.size() ? languageLevels.get(i) : null;
			if (code != null && !code.isBlank() && SpokenLanguages.CODES.contains(code.strip()) && level != null
					&& isLevel(level)) {
				spoken.add(new SpokenLanguage(code.strip(), LanguageLevel.valueOf(level)));
			}
		}
		return spoken;
	}

	Set<Need> needList() {
		Set<Need> needs = new HashSet<>();
		for (LifeDomain domain : LifeDomain.values()) {
			String priority = priorities.get(domain.name());
			if (priority != null && priority.matches("[1-3]")) {
				String note = needNotes.get(domain.name());
				needs.add(new Need(domain, Integer.parseInt(priority), note == null || note.isBlank() ? null : note.strip()));
			}
		}
		return needs;
	}

	/** The interests ticked that are on the list; {@link #problems} names the others. */
	Set<Interest> interestSet() {
		EnumSet<Interest> chosen = EnumSet.noneOf(Interest.class);
		interestChoices.stream().filter(IntakeForm::isInterest).map(Interest::valueOf).forEach(chosen::add);
		return chosen;
	}

	List<HouseholdMember> householdList() {
		List<HouseholdMember> members = new ArrayList<>();
		for (int i = 0; i < memberKinds.size(); i++) {
			String kind = memberKinds.get(i);
			String year = i < memberBirthYears.size() ? memberBirthYears.get(i) : null;
			if (kind != null && (kind.equals("ADULT") || kind.equals("CHILD")) && year != null && year.strip().matches("\\d{4}")) {
				members.add(new HouseholdMember(HouseholdKind.valueOf(kind), Integer.parseInt(year.strip())));
			}
		}
		return members;
	}

	/**
	 * What the form itself cannot say: field name and message key of each problem. Rows that are partly filled,
	 * unknown languages, priorities outside 1–3, too long notes, impossible birth years, a waiting date in the
	 * future.
	 */
	List<Map.Entry<String, String>> problems(LocalDate today) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		for (int i = 0; i < languageCodes.size(); i++) {
			String code = languageCodes.get(i);
			String level = i < languageLevels.size() ? languageLevels.get(i) : "";
			boolean hasCode = code != null && !code.isBlank();
			if (hasCode && (!SpokenLanguages.CODES.contains(code.strip()) || level == null || !isLevel(level))) {
				problems.add(Map.entry("languageCodes", "intake.languages.invalid"));
				break;
			}
		}
		if (spokenLanguages().isEmpty()) {
			problems.add(Map.entry("languageCodes", "intake.languages.required"));
		}
		for (Map.Entry<String, String> priority : priorities.entrySet()) {
			boolean knownDomain = java.util.Arrays.stream(LifeDomain.values()).anyMatch(d -> d.name().equals(priority.getKey()));
			if (!knownDomain || !(priority.getValue() == null || priority.getValue().isBlank() || priority.getValue().matches("[1-3]"))) {
				problems.add(Map.entry("priorities", "intake.needs.invalid"));
				break;
			}
		}
		if (needNotes.values().stream().anyMatch(n -> n != null && (n.length() > 500 || n.chars().anyMatch(c -> c < 32 && c != 10 && c != 13 && c != 9)))) {
			problems.add(Map.entry("priorities", "intake.needs.noteTooLong"));
		}
		int year = today.getYear();
		for (int i = 0; i < Math.max(memberKinds.size(), memberBirthYears.size()); i++) {
			String kind = i < memberKinds.size() ? memberKinds.get(i) : "";
			String birth = i < memberBirthYears.size() ? memberBirthYears.get(i) : "";
			boolean hasKind = kind != null && !kind.isBlank();
			boolean hasYear = birth != null && !birth.isBlank();
			if (hasKind != hasYear || (hasKind && !(kind.equals("ADULT") || kind.equals("CHILD")))
					|| (hasYear && (!birth.strip().matches("\\d{4}") || Integer.parseInt(birth.strip()) < year - 120
							|| Integer.parseInt(birth.strip()) > year))) {
				problems.add(Map.entry("memberKinds", "intake.household.invalid"));
				break;
			}
		}
		if (householdList().size() > HOUSEHOLD_ROWS) {
			problems.add(Map.entry("memberKinds", "intake.household.invalid"));
		}
		if (interestChoices.stream().anyMatch(i -> i != null && !i.isBlank() && !isInterest(i))) {
			problems.add(Map.entry("interestChoices", "intake.interests.invalid"));
		}
		if (buddyLanguage != null && !buddyLanguage.isBlank() && !SpokenLanguages.CODES.contains(buddyLanguage.strip())) {
			problems.add(Map.entry("buddyLanguage", "intake.languages.invalid"));
		}
		if (waitingSince != null && waitingSince.isAfter(today)) {
			problems.add(Map.entry("waitingSince", "intake.waitingSince.future"));
		}
		return problems;
	}

	private static boolean isInterest(String value) {
		return value != null && java.util.Arrays.stream(Interest.values()).anyMatch(i -> i.name().equals(value));
	}

	private static boolean isLevel(String level) {
		return java.util.Arrays.stream(LanguageLevel.values()).anyMatch(l -> l.name().equals(level));
	}
}
