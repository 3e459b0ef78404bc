package org.buddywerk.volunteers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.SpokenLanguage;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.PlainText;

/**
 * What a person fills in at /join to volunteer. Bound under the name {@value #NAME}, so that its messages
 * ({@code Min.signUp.travelKm}, ...) do not change those of other forms. The languages come as two parallel
 * lists from rows of (language, level) selects; empty rows are ignored, and only {@link SpokenLanguages#CODES}
 * count, as on the volunteer's own page. The password only serves a new account and is never shown again.
 */
record SignUpForm(@PlainText @NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Pattern(regexp = PHONE) String phone,
		@NotBlank @Pattern(regexp = POSTAL_CODE) String postalCode,
		Gender gender,
		@NotBlank @Size(min = 12, max = 128) String password,
		List<String> languages, List<String> levels,
		@NotEmpty @Size(max = MAX_PROGRAMMES) List<Long> programmes,
		Set<LifeDomain> domains,
		Set<LifeDomain> boundaryDomains,
		Set<Interest> interests,
		@NotEmpty Set<WeekSlot> slots,
		@NotNull @Min(0) @Max(100) Integer travelKm,
		@NotNull @Min(1) @Max(3) Integer capacity,
		@PlainText @Size(max = 2000) String boundaries,
		@PlainText @Size(max = 4000) String about,
		@AssertTrue Boolean consent) {

	static final String NAME = "signUp";

	/** Digits, spaces, + - ( ) /, 6 to 20 characters of which at least 6 digits; empty is left to NotBlank. */
	static final String PHONE = "|(?=(?:[^0-9]*[0-9]){6})[0-9 +()/-]{6,20}";

	/** Belgian (9000) or Dutch (1012 AB, 1012AB) postal code; empty is left to NotBlank. */
	static final String POSTAL_CODE = "|[1-9][0-9]{3}( ?[A-Za-z]{2})?";

	static final int MAX_LANGUAGES = 10;

	static final int MAX_PROGRAMMES = 20;

	SignUpForm {
		email = email == null ? null : email.strip();
		phone = phone == null ? null : phone.strip();
		postalCode = postalCode == null ? null : postalCode.strip();
		languages = blanksForNulls(languages);
		levels = blanksForNulls(levels);
		// a form may send an empty choice, which binds as null
		programmes = programmes == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(programmes.stream().filter(Objects::nonNull).toList()));
		domains = chosen(domains, LifeDomain.class);
		boundaryDomains = chosen(boundaryDomains, LifeDomain.class);
		interests = chosen(interests, Interest.class);
		slots = chosen(slots, WeekSlot.class);
		consent = Boolean.TRUE.equals(consent);
	}

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "", null, "", List.of(), List.of(), List.of(), null, null, null, null, null, 1, "",
				"", false);
	}

	/** Without the person's details and never the password: a form that ends up in a log or a test report. */
	@Override
	public String toString() {
		return "SignUpForm[programmes=" + programmes + ", languages=" + languages.size() + ", slots=" + slots.size()
				+ ", consent=" + consent + "]";
	}

	/** The message key of what is wrong with the language rows, if anything. */
	Optional<String> languageProblem() {
		int rows = Math.max(languages.size(), levels.size());
		if (rows > MAX_LANGUAGES) {
			return Optional.of("join.languages.tooMany");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows; i++) {
			String code = at(languages, i);
			String level = at(levels, i);
			if (code.isEmpty() && level.isEmpty()) {
				continue;
			}
			if (code.isEmpty() || level.isEmpty()) {
				return Optional.of("join.languages.incomplete");
			}
			if (!SpokenLanguages.CODES.contains(code) || !isLevel(level)) {
				return Optional.of("join.languages.unknown");
			}
			if (!seen.add(code)) {
				return Optional.of("join.languages.duplicate");
			}
		}
		return seen.isEmpty() ? Optional.of("join.languages.none") : Optional.empty();
	}

	/** The message key when a life domain is both one to help with and one the volunteer will not take on. */
	Optional<String> boundaryProblem() {
		return boundaryDomains.stream().anyMatch(domains::contains) ? Optional.of("join.boundaryDomains.overlap")
				: Optional.empty();
	}

	/** The filled-in rows; call only when {@link #languageProblem()} is empty. */
	Set<SpokenLanguage> spokenLanguages() {
		Set<SpokenLanguage> spoken = new LinkedHashSet<>();
		for (int i = 0; i < Math.max(languages.size(), levels.size()); i++) {
			if (!at(languages, i).isEmpty()) {
				spoken.add(new SpokenLanguage(at(languages, i), LanguageLevel.valueOf(at(levels, i))));
			}
		}
		return spoken;
	}

	/** Stored upper-case without the space, as the board's postal-area filter expects: 1012 ab becomes 1012AB. */
	String normalisedPostalCode() {
		return postalCode.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	String normalisedEmail() {
		return email.toLowerCase(Locale.ROOT);
	}

	/** The values ticked; a form may send an empty choice, which binds as null. */
	private static <E extends Enum<E>> Set<E> chosen(Set<E> values, Class<E> type) {
		EnumSet<E> chosen = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach(chosen::add);
		}
		return chosen;
	}

	private static List<String> blanksForNulls(List<String> values) {
		List<String> result = new ArrayList<>();
		if (values != null) {
			values.forEach(v -> result.add(v == null ? "" : v.strip()));
		}
		return List.copyOf(result);
	}

	private static String at(List<String> values, int index) {
		return index < values.size() ? values.get(index) : "";
	}

	private static boolean isLevel(String level) {
		return java.util.Arrays.stream(LanguageLevel.values()).anyMatch(l -> l.name().equals(level));
	}
}
