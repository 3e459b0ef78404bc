package org.buddywerk.matching.geo;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the multipart limit, caught before anything reads it. Tomcat would fail every
 * {@code getParameter} of such a request (Servlet 6.1), from the CSRF check on, and answer with a bare page of
 * its own. Wrapped, the request shows only the parameters in its address (where the upload form puts the CSRF
 * token), and its parts fail the way Spring reports an upload too large, so the page that takes the file can say
 * so in the person's language.
 */
class OversizedUpload extends OncePerRequestFilter {

	private final long maxRequestBytes;

	OversizedUpload(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| request.getContentLengthLong() <= maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Unread(request), response);
	}

	/** The request with its body left unread: the first value of each parameter in the address, and no parts. */
	private static final class Unread extends HttpServletRequestWrapper {

		private final Map<String, String[]> query = new LinkedHashMap<>();

		Unread(HttpServletRequest request) {
			super(request);
			String address = request.getQueryString();
			for (String pair : address == null ? new String[0] : address.split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				try {
					query.putIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8), new String[] {
							nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) });
				}
				catch (IllegalArgumentException malformed) {
					// a badly escaped parameter is left out, as Tomcat leaves it out
				}
			}
		}

		@Override
		public String getParameter(String name) {
			String[] values = query.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = query.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(query);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		/** Worded as Spring expects, so that it reports {@code MaxUploadSizeExceededException}. */
		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException("The request size exceeds the configured maximum");
		}

		@Override
		public Part getPart(String name) {
			throw new IllegalStateException("The request size exceeds the configured maximum");
		}
	}
}
