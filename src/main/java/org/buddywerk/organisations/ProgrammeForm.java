package org.buddywerk.organisations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.buddywerk.platform.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A programme as an admin fills it in; also the API's request body. */
public record ProgrammeForm(@PlainText @NotBlank @Size(max = 200) String name, @NotNull Long organisationId,
		@PlainText @Size(max = 1000) String targetGroup, Set<LifeDomain> lifeDomains,
		@PlainText @Size(max = 200) String funder,
		@DateTimeFormat(iso = ISO.DATE) LocalDate fundingStart, @DateTimeFormat(iso = ISO.DATE) LocalDate fundingEnd,
		Boolean active, Long version) {

	public ProgrammeForm {
		active = Boolean.TRUE.equals(active);
		// a form may send an empty choice, which binds as null
		EnumSet<LifeDomain> chosen = EnumSet.noneOf(LifeDomain.class);
		if (lifeDomains != null) {
			lifeDomains.stream().filter(Objects::nonNull).forEach(chosen::add);
		}
		lifeDomains = chosen;
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm("", null, "", null, "", null, null, true, null);
	}

	/** Bean Validation reports this under the field {@code fundingPeriodValid}; the form shows it at the end date. */
	@AssertTrue(message = "{programme.fundingPeriod.invalid}")
	public boolean isFundingPeriodValid() {
		return fundingStart == null || fundingEnd == null || !fundingEnd.isBefore(fundingStart);
	}
}
