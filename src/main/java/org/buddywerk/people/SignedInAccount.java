package org.buddywerk.people;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session (and so in the session table): e-mail, display name and roles. The password
 * hash is only there while sign-in checks it; Spring Security erases it right after.
 */
final class SignedInAccount implements UserDetails, SignedInPerson, CredentialsContainer {

	private final long accountId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	SignedInAccount(long accountId, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled, boolean locked) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	static SignedInAccount of(Account account, Instant now) {
		return new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName(), account.roleSet(),
				account.passwordHash(), account.isActive(), account.lockedAt(now));
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "SignedInAccount[" + accountId + "]";
	}
}
