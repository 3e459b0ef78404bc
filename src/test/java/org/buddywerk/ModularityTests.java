package org.buddywerk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BuddywerkApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void theModulesOfTheFoundationExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("platform", "organisations", "people");
	}
}
