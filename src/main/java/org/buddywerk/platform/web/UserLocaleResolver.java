package org.buddywerk.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.buddywerk.platform.LanguagePreferences;
import org.buddywerk.platform.Languages;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one chosen in this session, else the signed-in person's preference, else the
 * one chosen before signing in (a cookie), else the browser's, else Dutch. A choice made while signed in is
 * remembered for that person.
 */
class UserLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = UserLocaleResolver.class.getName() + ".LOCALE";

	static final String COOKIE = "buddywerk-lang";

	/** A choice made by this very request (?lang=), which its cookie and session do not show yet. */
	private static final String REQUEST_ATTRIBUTE = UserLocaleResolver.class.getName() + ".CHOSEN";

	private final LanguagePreferences preferences;

	UserLocaleResolver(LanguagePreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Optional<String> user = signedInUser();
		if (user.isPresent()) {
			Optional<Locale> preferred = preferences.preferredBy(user.get()).flatMap(l -> Languages.find(l.toLanguageTag()));
			if (preferred.isPresent()) {
				request.getSession().setAttribute(SESSION_ATTRIBUTE, preferred.get());
				return preferred.get();
			}
		}
		return fromCookie(request).or(() -> fromBrowser(request)).orElse(Languages.DEFAULT);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Locale> supported = locale == null ? Optional.empty() : Languages.find(locale.toLanguageTag());
		if (supported.isEmpty()) {
			return;
		}
		Locale chosen = supported.get();
		request.setAttribute(REQUEST_ATTRIBUTE, chosen);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, chosen);
		}
		signedInUser().ifPresent(user -> preferences.remember(user, chosen));
		if (response != null) {
			response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, chosen.getLanguage()).path("/").httpOnly(true)
					.sameSite("Lax").secure(request.isSecure()).maxAge(Duration.ofDays(365)).build().toString());
		}
	}

	private static Optional<Locale> fromCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return Languages.find(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Locale> fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		try {
			return java.util.Collections.list(request.getLocales()).stream()
					.map(l -> Languages.find(l.toLanguageTag()))
					.flatMap(Optional::stream)
					.findFirst();
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	private static Optional<String> signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}
}
