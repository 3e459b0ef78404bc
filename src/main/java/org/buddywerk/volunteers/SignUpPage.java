package org.buddywerk.volunteers;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.buddywerk.platform.Gender;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.WeekSlot;
import org.buddywerk.platform.SpokenLanguages;
import org.buddywerk.platform.SlotGrid;
import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public sign-up at /join, no account needed, then a thanks page that says what happens next. A filled-in
 * honeypot field stores nothing but looks like success; too many posts from one address get 429.
 */
@Controller
class SignUpPage {

	/** The hidden field only robots fill in. */
	static final String HONEYPOT = "website";

	/** Language rows offered when nothing was sent yet. */
	static final int LANGUAGE_ROWS = 3;

	private static final Logger log = LoggerFactory.getLogger(SignUpPage.class);

	/** A language in the list: its name in the reader's language, and in its own when that differs. */
	record LanguageOption(String code, String label) {
	}

	/** One row of the language rows as sent (or empty). */
	record LanguageRow(int index, String code, String level) {

		public int number() {
			return index + 1;
		}
	}

	private final SignUp signUp;

	private final SignUpRateLimit rateLimit;

	SignUpPage(SignUp signUp, SignUpRateLimit rateLimit) {
		this.signUp = signUp;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/join")
	String form(Model model, HttpServletRequest request, Locale locale) {
		model.addAttribute(SignUpForm.NAME, SignUpForm.empty());
		return page(model, request, locale);
	}

	@PostMapping("/join")
	String submit(@Valid @ModelAttribute(SignUpForm.NAME) SignUpForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
			log.info("Sign-up refused: too many from one address");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("tooMany", true);
			return page(model, request, locale);
		}
		String honeypot = request.getParameter(HONEYPOT);
		if (honeypot != null && !honeypot.isEmpty()) {
			log.info("Sign-up dropped: the honeypot field was filled in");
			return "redirect:/join/thanks";
		}
		// when a value cannot even be converted (a number that is not one), form is null: only the errors count
		if (form != null && !result.hasFieldErrors("languages")) {
			form.languageProblem().ifPresent(problem -> result.rejectValue("languages", problem));
		}
		if (form != null && !result.hasFieldErrors("boundaryDomains")) {
			form.boundaryProblem().ifPresent(problem -> result.rejectValue("boundaryDomains", problem));
		}
		if (result.hasErrors()) {
			return page(model, request, locale);
		}
		SignUp.Outcome outcome;
		try {
			outcome = signUp.register(form, Languages.find(locale.getLanguage()).orElse(Languages.DEFAULT));
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return page(model, request, locale);
		}
		redirect.addFlashAttribute("updated", outcome == SignUp.Outcome.UPDATED);
		return "redirect:/join/thanks";
	}

	@GetMapping("/join/thanks")
	String thanks() {
		return "volunteers/join-thanks";
	}

	/**
	 * The form page. Choices are shown as they were sent, read from the request itself, because the form object
	 * is null when a value could not be converted.
	 */
	private String page(Model model, HttpServletRequest request, Locale locale) {
		boolean sent = "POST".equals(request.getMethod());
		model.addAttribute("programmeChoices", signUp.openProgrammes());
		model.addAttribute("lifeDomains", LifeDomain.values());
		model.addAttribute("week", SlotGrid.ROWS);
		model.addAttribute("parts", WeekSlot.Part.values());
		model.addAttribute("levels", LanguageLevel.values());
		model.addAttribute("languageOptions", languageOptions(locale));
		model.addAttribute("languageRows", languageRows(request));
		model.addAttribute("chosenProgrammes", sent(request, "programmes"));
		model.addAttribute("chosenDomains", sent(request, "domains"));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("chosenGender", request.getParameter("gender") == null ? "" : request.getParameter("gender"));
		model.addAttribute("interestChoices", Interest.values());
		model.addAttribute("chosenInterests", sent(request, "interests"));
		model.addAttribute("chosenBoundaryDomains", sent(request, "boundaryDomains"));
		model.addAttribute("chosenSlots", sent(request, "slots"));
		model.addAttribute("chosenCapacity", sent ? request.getParameter("capacity") : "1");
		model.addAttribute("consentChecked", "true".equals(request.getParameter("consent")));
		model.addAttribute("consentVersion", SignUp.CONSENT_VERSION);
		model.addAttribute("windowMinutes", Math.max(1, rateLimit.window().toMinutes()));
		return "volunteers/join";
	}

	private static Set<String> sent(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? Set.of() : Set.copyOf(Arrays.asList(values));
	}

	private static List<LanguageRow> languageRows(HttpServletRequest request) {
		String[] codes = request.getParameterValues("languages");
		String[] levels = request.getParameterValues("levels");
		int sentRows = Math.max(codes == null ? 0 : codes.length, levels == null ? 0 : levels.length);
		int rows = Math.max(LANGUAGE_ROWS, Math.min(SignUpForm.MAX_LANGUAGES, sentRows));
		return IntStream.range(0, rows).mapToObj(i -> new LanguageRow(i, at(codes, i), at(levels, i))).toList();
	}

	private static String at(String[] values, int index) {
		return values == null || index >= values.length || values[index] == null ? "" : values[index].strip();
	}

	private static List<LanguageOption> languageOptions(Locale reader) {
		Collator collator = Collator.getInstance(reader);
		return SpokenLanguages.CODES.stream().map(code -> {
			Locale language = Locale.forLanguageTag(code);
			String name = capitalise(language.getDisplayLanguage(reader), reader);
			String own = capitalise(language.getDisplayLanguage(language), language);
			return new LanguageOption(code, own.isEmpty() || own.equals(code) || own.equals(name) ? name
					: name + " – " + own);
		}).sorted(Comparator.comparing(LanguageOption::label, collator)).toList();
	}

	private static String capitalise(String name, Locale locale) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}
}
