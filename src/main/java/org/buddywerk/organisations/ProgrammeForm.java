package org.buddywerk.organisations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A programme as an admin fills it in; also the API's request body. */
public record ProgrammeForm(@NotBlank @Size(max = 200) String name, @NotNull Long organisationId,
		@Size(max = 1000) String targetGroup, Set<LifeDomain> lifeDomains, @Size(max = 200) String funder,
		@DateTimeFormat(iso = ISO.DATE) LocalDate fundingStart, @DateTimeFormat(iso = ISO.DATE) LocalDate fundingEnd,
		boolean active, Long version) {

	public ProgrammeForm {
		lifeDomains = lifeDomains == null || lifeDomains.isEmpty() ? EnumSet.noneOf(LifeDomain.class)
				: EnumSet.copyOf(lifeDomains);
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
