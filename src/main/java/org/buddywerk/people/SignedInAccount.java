package org.buddywerk.people;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.buddywerk.platform.Role;
import org.buddywerk.platform.SignedInPerson;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session; holds no personal data beyond e-mail and display name. */
record SignedInAccount(long accountId, String email, String displayName, Set<Role> roles, String passwordHash,
		boolean enabled, boolean locked) implements UserDetails, SignedInPerson {

	static SignedInAccount of(Account account, Instant now) {
		return new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName(), account.roleSet(),
				account.passwordHash(), account.isActive(), account.lockedAt(now));
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

	/** Never keep the hash in the session once sign-in is over. */
	@Override
	public String toString() {
		return "SignedInAccount[" + accountId + "]";
	}
}
