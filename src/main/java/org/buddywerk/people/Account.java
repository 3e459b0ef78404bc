package org.buddywerk.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.buddywerk.platform.Role;

/** A person who signs in: e-mail as login, roles per organisation, lockout after repeated failures. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String preferredLanguage;

	private String passwordHash;

	private boolean active = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_assignment", joinColumns = @JoinColumn(name = "account_id"))
	private Set<RoleAssignment> roles = new HashSet<>();

	protected Account() {
	}

	Account(String email, String displayName, Locale language, String passwordHash, Instant now) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.preferredLanguage = language.getLanguage();
		this.passwordHash = passwordHash;
		this.createdAt = now;
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

	public Set<RoleAssignment> getRoles() {
		return Set.copyOf(roles);
	}

	public Set<Role> roleSet() {
		return roles.stream().map(RoleAssignment::role).collect(Collectors.toUnmodifiableSet());
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void rename(String displayName, Locale language) {
		this.displayName = displayName;
		this.preferredLanguage = language.getLanguage();
	}

	void prefer(Locale language) {
		this.preferredLanguage = language.getLanguage();
	}

	void assign(Set<RoleAssignment> assignments) {
		roles.clear();
		roles.addAll(assignments);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

}
