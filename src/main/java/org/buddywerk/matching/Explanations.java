package org.buddywerk.matching;

import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.buddywerk.organisations.LifeDomain;
import org.buddywerk.platform.Interest;
import org.buddywerk.platform.LanguageLevel;
import org.buddywerk.platform.WeekSlot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders reasons in the reader's language: "speaks Ukrainian (native) — 3.2 km — can help with housing". */
@Component
class Explanations {

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	List<String> sentences(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> sentence(r, locale)).toList();
	}

	String sentence(Reason reason, Locale locale) {
		Object[] args = reason.args().stream().map(a -> word(a, locale)).toArray();
		return messages.getMessage(reason.key(), args, locale);
	}

	private String word(Object arg, Locale locale) {
		if (arg instanceof Collection<?> many) {
			return many.stream().map(a -> word(a, locale))
				.collect(Collectors.joining(messages.getMessage("matching.listSeparator", null, ", ", locale)));
		}
		if (arg instanceof Reason.Language language) {
			return Locale.forLanguageTag(language.code()).getDisplayLanguage(locale);
		}
		if (arg instanceof LifeDomain domain) {
			return messages.getMessage("lifeDomain." + domain.name(), null, locale).toLowerCase(locale);
		}
		if (arg instanceof LanguageLevel level) {
			return messages.getMessage("level." + level.name(), null, locale);
		}
		if (arg instanceof Interest interest) {
			return messages.getMessage("interest." + interest.name(), null, locale).toLowerCase(locale);
		}
		if (arg instanceof WeekSlot slot) {
			return slot.day().getDisplayName(TextStyle.FULL, locale) + " "
					+ messages.getMessage("volunteers.part." + slot.part().name(), null, locale).toLowerCase(locale);
		}
		if (arg instanceof Double km) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(1);
			format.setMinimumFractionDigits(1);
			return format.format(km);
		}
		return String.valueOf(arg);
	}
}
