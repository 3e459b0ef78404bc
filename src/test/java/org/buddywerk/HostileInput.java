package org.buddywerk;

import java.util.List;

/** What people (and attackers) type into forms; every form field gets each of these in the tests. */
public final class HostileInput {

	public static final String SCRIPT = "<script>alert('x')</script>";

	public static final List<String> VALUES = List.of(
			"",
			"   ",
			"x".repeat(10_001),
			SCRIPT,
			"\"><img src=x onerror=alert(1)>",
			"'; DROP TABLE organisation; --",
			"Ірина Коваленко 🌻",
			"منظمة الرعاية الاجتماعية",
			"\u202Eevil\u202C",
			"\u0000nul",
			"2026-02-30",
			"-1",
			"99999999999999999999999");

	private HostileInput() {
	}
}
