package org.buddywerk.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.organisations.OrganisationView;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one account per role, {@code <role>@demo.buddywerk.org} with the password
 * {@value #PASSWORD}. The admin works for the municipality, the coordinator for both organisations, the
 * others for the welfare organisation.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "buddywerk.mode", havingValue = "demo", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "buddywerk-demo";

	private final AccountRepository accounts;

	private final OrganisationDirectory organisations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoAccounts(AccountRepository accounts, OrganisationDirectory organisations, PasswordEncoder passwords,
			Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwords = passwords;
		this.clock = clock;
	}

	static String email(Role role) {
		return role.slug() + "@demo.buddywerk.org";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		OrganisationView city = organisations.organisationNamed("Stad Demo").orElse(null);
		OrganisationView welfare = organisations.organisationNamed("Welzijn Demo").orElse(null);
		if (city == null || welfare == null) {
			return;
		}
		String hash = passwords.encode(PASSWORD);
		for (Role role : Role.values()) {
			if (accounts.existsByEmail(email(role))) {
				continue;
			}
			Set<RoleAssignment> roles = switch (role) {
				case ADMIN -> Set.of(new RoleAssignment(city.id(), role));
				case COORDINATOR -> Set.of(new RoleAssignment(city.id(), role), new RoleAssignment(welfare.id(), role));
				default -> Set.of(new RoleAssignment(welfare.id(), role));
			};
			Account account = new Account(email(role), displayName(role), Languages.DEFAULT, hash, clock.instant());
			account.assign(roles);
			accounts.save(account);
		}
	}

	private static String displayName(Role role) {
		String name = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return "Demo " + name;
	}
}
