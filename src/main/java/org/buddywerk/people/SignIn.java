package org.buddywerk.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account for a sign-in; five failures in a row lock it for a quarter of an hour. */
@Service
class SignIn implements UserDetailsService {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final Clock clock;

	SignIn(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Account.normalise(email))
			.map(account -> SignedInAccount.of(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = Account.normalise(event.getAuthentication().getName());
		Instant now = clock.instant();
		accounts.clearExpiredLock(email, now);
		accounts.countFailure(email);
		accounts.lockWhenOver(email, MAX_FAILED_ATTEMPTS, now.plus(LOCKOUT));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		accounts.clearFailures(Account.normalise(event.getAuthentication().getName()));
	}
}
