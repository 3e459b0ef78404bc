package org.buddywerk.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.buddywerk.platform.BuddywerkProperties;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: language, direction, the person signed in, demo mode. */
@ControllerAdvice
class LayoutModel {

	/** A language in the switcher, named in its own language. */
	record LanguageChoice(String code, String nativeName) {
	}

	private static final List<LanguageChoice> CHOICES = Languages.SUPPORTED.stream()
			.map(l -> new LanguageChoice(l.getLanguage(), capitalise(l.getDisplayLanguage(l), l)))
			.toList();

	private final BuddywerkProperties properties;

	LayoutModel(BuddywerkProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("languages")
	List<LanguageChoice> languages() {
		return CHOICES;
	}

	@ModelAttribute("rtl")
	boolean rtl() {
		return Languages.rightToLeft(LocaleContextHolder.getLocale());
	}

	/** The time zone in which pages show moments (Belgium and the Netherlands share it). */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return org.buddywerk.platform.Today.ZONE;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return properties.demo();
	}

	/** The path of this page, for the language links; on an error page, the path that failed. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed instanceof String uri ? uri : request.getRequestURI();
		return path.substring(request.getContextPath().length());
	}

	@ModelAttribute("person")
	SignedInPerson person() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person : null;
	}

	@ModelAttribute("roles")
	Set<Role> roles() {
		SignedInPerson person = person();
		return person == null ? Set.of() : person.roles();
	}

	private static String capitalise(String name, Locale locale) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}
}
