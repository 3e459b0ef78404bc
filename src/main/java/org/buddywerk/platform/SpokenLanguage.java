package org.buddywerk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language a volunteer speaks (ISO 639-1 code) and how well. */
@Embeddable
public record SpokenLanguage(@Column(name = "language") String language,
		@Enumerated(EnumType.STRING) @Column(name = "level") LanguageLevel level) {
}
