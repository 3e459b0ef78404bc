package org.buddywerk.organisations;

import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode only: two organisations in one network and two programmes, made once on an empty database. */
@Component
@Order(1)
@ConditionalOnProperty(name = "buddywerk.mode", havingValue = "demo", matchIfMissing = true)
class DemoOrganisations implements ApplicationRunner {

	static final String CITY = "Stad Demo";

	static final String WELFARE = "Welzijn Demo";

	private final OrganisationRepository organisations;

	private final NetworkRepository networks;

	private final ProgrammeRepository programmes;

	DemoOrganisations(OrganisationRepository organisations, NetworkRepository networks,
			ProgrammeRepository programmes) {
		this.organisations = organisations;
		this.networks = networks;
		this.programmes = programmes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisations.existsByNameIgnoreCase(CITY)) {
			return;
		}
		Network network = networks.save(new Network("Netwerk Demo", "Lokaal netwerk buddywerking (demo)"));
		Organisation city = organisations.save(new Organisation(CITY, OrganisationKind.MUNICIPALITY, "Demostad",
				network.getId()));
		Organisation welfare = organisations.save(new Organisation(WELFARE, OrganisationKind.WELFARE_ORGANISATION,
				"Demostad", network.getId()));
		network.coordinatedBy(city.getId());
		programmes.save(new Programme(new ProgrammeForm("Woonbuddy's", welfare.getId(),
				"Nieuwkomers die een woning zoeken of net verhuisd zijn",
				EnumSet.of(LifeDomain.HOUSING, LifeDomain.ADMINISTRATION, LifeDomain.FINANCES), "Stad Demo",
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), true, null)));
		programmes.save(new Programme(new ProgrammeForm("Schoolbuddy's", city.getId(),
				"Gezinnen met schoolgaande kinderen",
				EnumSet.of(LifeDomain.EDUCATION, LifeDomain.LANGUAGE, LifeDomain.LEISURE), "Provincie Demo",
				LocalDate.of(2026, 9, 1), LocalDate.of(2028, 6, 30), true, null)));
	}
}
