package org.buddywerk.platform;

import java.util.Set;

/** What the layout needs to know about the person signed in; the people module's principal implements it. */
public interface SignedInPerson {

	long accountId();

	String displayName();

	Set<Role> roles();
}
