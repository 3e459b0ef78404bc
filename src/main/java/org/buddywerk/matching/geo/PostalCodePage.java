package org.buddywerk.matching.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.buddywerk.platform.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * For administrators: how many postal codes each country has, a search, and the import of one country's
 * file, which replaces that country's codes after the administrator confirmed how many will go.
 */
@Controller
@RequestMapping("/admin/postal-codes")
class PostalCodePage {

	private static final Logger log = LoggerFactory.getLogger(PostalCodePage.class);

	/** Far beyond the pages of any search, and far from overflowing an offset. */
	private static final int MAX_PAGE = 1_000_000;

	/** What the page shows after an import: a flash attribute, kept in the session across the redirect. */
	record Imported(String country, int postalCodes, int lines, int replaced, long milliseconds) implements Serializable {
	}

	private final PostalCodeTable table;

	private final GeoProperties properties;

	private final MessageSource messages;

	private final DataSize maxFileSize;

	PostalCodePage(PostalCodeTable table, GeoProperties properties, MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.table = table;
		this.properties = properties;
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping
	String show(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String country, Model model, HttpServletResponse response) {
		search(model, q, page);
		String typed = country == null ? properties.defaultCountry() : country;
		Optional<String> chosen = country(typed);
		if (chosen.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return form(model, typed, chosen);
	}

	/**
	 * Everything is read from the request here rather than bound as parameters: multipart requests are resolved
	 * lazily, so a file over the size limit is answered on this page, with the limit (413). The country is in
	 * the form's address, so it is known even then.
	 */
	@PostMapping
	String upload(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
			throws IOException {
		search(model, null, null);
		String country = request.getParameter("country");
		Optional<String> chosen = country(country);
		if (chosen.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, country, chosen);
		}
		MultipartFile file;
		try {
			MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
			file = multipart == null ? null : multipart.getFile("file");
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			return refused(model, response, chosen, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"postalCodes.error.tooLarge", maxFileSize.toMegabytes());
		}
		if (table.count(chosen.get()) > 0 && !"true".equals(request.getParameter("confirm"))) {
			model.addAttribute("confirmMissing", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, chosen.get(), chosen);
		}
		if (file == null || file.isEmpty()) {
			return refused(model, response, chosen, HttpServletResponse.SC_BAD_REQUEST, "postalCodes.error.noFile");
		}
		long started = System.nanoTime();
		try (InputStream in = file.getInputStream()) {
			PostalCodeFile read = PostalCodeFile.read(in, chosen.get());
			int replaced = table.replace(chosen.get(), read.rows());
			Imported imported = new Imported(chosen.get(), read.rows().size(), read.lines(), replaced,
					(System.nanoTime() - started) / 1_000_000);
			log.info("Imported {}", imported);
			redirect.addFlashAttribute("imported", imported);
			redirect.addAttribute("country", chosen.get());
			return "redirect:/admin/postal-codes";
		}
		catch (RejectedFile rejected) {
			return refused(model, response, chosen, HttpServletResponse.SC_BAD_REQUEST, rejected.messageKey(),
					rejected.arguments());
		}
	}

	private String refused(Model model, HttpServletResponse response, Optional<String> country, int status, String key,
			Object... arguments) {
		response.setStatus(status);
		model.addAttribute("fileError", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
		return form(model, country.orElseThrow(), country);
	}

	private void search(Model model, String q, String page) {
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && !q.isBlank()) {
			int number = page != null && page.strip().matches("\\d{1,7}") ? Math.min(Integer.parseInt(page.strip()), MAX_PAGE) : 0;
			model.addAttribute("results", table.search(q, properties.defaultCountry(), PageRequest.of(number, Paging.DEFAULT_SIZE)));
		}
	}

	private String form(Model model, String typedCountry, Optional<String> country) {
		model.addAttribute("countries", table.countries());
		model.addAttribute("country", typedCountry == null ? "" : typedCountry);
		model.addAttribute("countryInvalid", country.isEmpty());
		model.addAttribute("importCountry", country.orElse(null));
		model.addAttribute("replaces", country.map(table::count).orElse(0));
		model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
		return "matching/postal-codes";
	}

	/** Two letters, as ISO 3166 and GeoNames write a country. */
	private static Optional<String> country(String typed) {
		return Optional.ofNullable(typed).map(t -> t.strip().toUpperCase(Locale.ROOT))
			.filter(t -> PostalCode.COUNTRY.matcher(t).matches());
	}
}
