package org.buddywerk.participants;

import jakarta.validation.constraints.Size;

import org.buddywerk.platform.PlainText;

/** The restricted profile's form: five free texts, for professionals only. */
record RestrictedForm(@PlainText @Size(max = 4000) String vulnerabilities, @PlainText @Size(max = 4000) String psychosocial,
		@PlainText @Size(max = 4000) String healthAccess, @PlainText @Size(max = 4000) String residence,
		@PlainText @Size(max = 4000) String otherNotes, Long version) {

	static RestrictedForm of(RestrictedProfile profile) {
		return profile == null ? new RestrictedForm("", "", "", "", "", null)
				: new RestrictedForm(profile.getVulnerabilities(), profile.getPsychosocial(), profile.getHealthAccess(),
						profile.getResidence(), profile.getOtherNotes(), profile.getVersion());
	}

	/** Never the contents: forms end up in logs and test reports. */
	@Override
	public String toString() {
		return "RestrictedForm[…]";
	}
}
