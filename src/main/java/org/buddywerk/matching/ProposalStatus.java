package org.buddywerk.matching;

/** OPEN from publication until both answered; then AGREED (a trajectory started) or DECLINED; WITHDRAWN by a coordinator. */
enum ProposalStatus {
	OPEN, AGREED, DECLINED, WITHDRAWN
}
