package org.buddywerk.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.buddywerk.platform.NotFoundException;
import org.buddywerk.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the people module: who holds which role where, and accounts for volunteers. */
@Service
public class People {

	private final AccountRepository accounts;

	private final AccountService service;

	People(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@Transactional(readOnly = true)
	public Optional<Long> accountIdOf(String email) {
		return accounts.findByEmail(Account.normalise(email)).map(Account::getId);
	}

	/** The organisations in which this account holds this role. */
	@Transactional(readOnly = true)
	public Set<Long> organisationsWhere(long accountId, Role role) {
		return accounts.findById(accountId).map(a -> a.getRoles().stream().filter(r -> r.role() == role)
			.map(RoleAssignment::organisationId).collect(Collectors.toSet())).orElse(Set.of());
	}

	/** Active people holding this role in any of these organisations, by name. */
	@Transactional(readOnly = true)
	public List<PersonSummary> withRole(Collection<Long> organisationIds, Role role) {
		return organisationIds.isEmpty() ? List.of() : accounts.withRole(organisationIds, role);
	}

	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> accountIds) {
		return accounts.findAllById(accountIds).stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

	/**
	 * An account for a new volunteer, with the buddy role in the organisations of the programmes they chose.
	 * Refused (with a {@link org.buddywerk.platform.Refusal}) when the e-mail is taken or the password weak.
	 */
	@Transactional
	public long createVolunteerAccount(String email, String displayName, Locale language, String password,
			Collection<Long> organisationIds) {
		Set<RoleAssignment> roles = organisationIds.stream().map(id -> new RoleAssignment(id, Role.BUDDY))
			.collect(Collectors.toSet());
		return service.create(email, displayName, language, password, roles).getId();
	}

	/** Adds the buddy role in more organisations, e.g. when a volunteer signs up for another programme. */
	@Transactional
	public void addBuddyRole(long accountId, Collection<Long> organisationIds) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		Set<RoleAssignment> roles = new HashSet<>(account.getRoles());
		organisationIds.forEach(id -> roles.add(new RoleAssignment(id, Role.BUDDY)));
		if (!roles.equals(account.getRoles())) {
			service.update(accountId, account.getVersion(), account.getDisplayName(),
					Locale.forLanguageTag(account.getPreferredLanguage()), roles);
		}
	}

	/** Ends an account: it can no longer sign in and its sessions end now. */
	@Transactional
	public void deactivate(long accountId) {
		accounts.findById(accountId).filter(Account::isActive)
			.ifPresent(account -> service.deactivate(accountId, account.getVersion()));
	}
}
