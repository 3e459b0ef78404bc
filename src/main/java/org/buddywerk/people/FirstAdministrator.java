package org.buddywerk.people;

import java.util.Set;

import org.buddywerk.organisations.OrganisationAdministration;
import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.OrganisationForm;
import org.buddywerk.organisations.OrganisationKind;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.Refusal;
import org.buddywerk.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new production database has no accounts, so nobody could sign in: the first administrator comes from
 * {@code BUDDYWERK_ADMIN_EMAIL} and {@code BUDDYWERK_ADMIN_PASSWORD}, used only while there is no account at all.
 */
@Component
@Order(3)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;

	private final AccountService service;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	private final String email;

	private final String password;

	private final String organisation;

	FirstAdministrator(AccountRepository accounts, AccountService service, OrganisationDirectory directory,
			OrganisationAdministration administration, @Value("${buddywerk.admin.email:}") String email,
			@Value("${buddywerk.admin.password:}") String password,
			@Value("${buddywerk.admin.organisation:Beheer}") String organisation) {
		this.accounts = accounts;
		this.service = service;
		this.directory = directory;
		this.administration = administration;
		this.email = email;
		this.password = password;
		this.organisation = organisation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			log.warn("There are no accounts yet. Set BUDDYWERK_ADMIN_EMAIL and BUDDYWERK_ADMIN_PASSWORD to create "
					+ "the first administrator.");
			return;
		}
		long organisationId = directory.organisationNamed(organisation).map(o -> o.id())
			.orElseGet(() -> administration.createOrganisation(
					new OrganisationForm(organisation, OrganisationKind.OTHER, null, null, null)));
		try {
			service.create(email, "Beheerder", Languages.DEFAULT, password,
					Set.of(new RoleAssignment(organisationId, Role.ADMIN)));
		}
		catch (Refusal refusal) {
			throw new IllegalStateException("BUDDYWERK_ADMIN_PASSWORD is not accepted (" + refusal.messageKey()
					+ "): use at least 12 characters and not a common password.");
		}
		log.info("Created the first administrator account.");
	}
}
