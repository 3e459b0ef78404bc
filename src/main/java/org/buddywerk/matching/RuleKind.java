package org.buddywerk.matching;

/** A coordinator locked a pair in or ruled it out; or the pair said no after meeting, which rules it out for good. */
enum RuleKind {
	LOCKED, RULED_OUT, DECLINED
}
