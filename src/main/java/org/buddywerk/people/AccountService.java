package org.buddywerk.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.buddywerk.organisations.OrganisationDirectory;
import org.buddywerk.platform.LanguagePreferences;
import org.buddywerk.platform.Languages;
import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Refusal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and ending accounts. Ending an account or changing its password ends its sessions. */
@Service
class AccountService implements LanguagePreferences {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Sessions sessions;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, Sessions sessions,
			OrganisationDirectory organisations, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Transactional
	Account create(String email, String displayName, Locale language, String password, Set<RoleAssignment> roles) {
		String normalised = Account.normalise(email);
		if (accounts.existsByEmail(normalised)) {
			throw new Refusal("email", "account.emailTaken");
		}
		policy.problem(password, normalised).ifPresent(problem -> {
			throw new Refusal("password", problem);
		});
		checkOrganisations(roles);
		Account account = new Account(normalised, displayName.strip(), language, passwords.encode(password),
				clock.instant());
		account.assign(roles);
		return accounts.save(account);
	}

	@Transactional
	Account update(long id, long expectedVersion, String displayName, Locale language, Set<RoleAssignment> roles) {
		Account account = current(id, expectedVersion);
		checkOrganisations(roles);
		boolean rolesChanged = !account.getRoles().equals(roles);
		account.rename(displayName.strip(), language);
		account.assign(roles);
		if (rolesChanged) {
			// roles live in the session's principal: sign out so the next sign-in carries the new ones
			sessions.endAll(account.getEmail());
		}
		return account;
	}

	@Transactional
	void deactivate(long id, long expectedVersion) {
		Account account = current(id, expectedVersion);
		account.deactivate();
		sessions.endAll(account.getEmail());
	}

	@Transactional
	void reactivate(long id, long expectedVersion) {
		current(id, expectedVersion).reactivate();
	}

	/** Changes the password of the person signed in; their other sessions end, this one stays. */
	@Transactional
	void changePassword(String email, String currentPassword, String newPassword, String keptSessionId) {
		Account account = accounts.findByEmail(Account.normalise(email)).orElseThrow();
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new Refusal("currentPassword", "password.currentWrong");
		}
		policy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
			throw new Refusal("newPassword", problem);
		});
		account.changePassword(passwords.encode(newPassword));
		sessions.endAllExcept(account.getEmail(), keptSessionId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Locale> preferredBy(String username) {
		return accounts.findByEmail(Account.normalise(username))
			.flatMap(account -> Languages.find(account.getPreferredLanguage()));
	}

	@Override
	@Transactional
	public void remember(String username, Locale locale) {
		accounts.findByEmail(Account.normalise(username)).ifPresent(account -> account.prefer(locale));
	}

	private Account current(long id, long expectedVersion) {
		Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
		if (account.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("account changed meanwhile");
		}
		return account;
	}

	private void checkOrganisations(Set<RoleAssignment> roles) {
		if (roles.stream().anyMatch(r -> r.organisationId() == null || !organisations.exists(r.organisationId()))) {
			throw new Refusal("roles", "account.unknownOrganisation");
		}
	}
}
