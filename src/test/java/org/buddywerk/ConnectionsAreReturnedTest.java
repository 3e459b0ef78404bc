package org.buddywerk;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.buddywerk.matching.geo.PostalCodes;
import org.buddywerk.participants.Participants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that run outside a transaction give their connection back. A JdbcClient query read as a stream keeps
 * its connection until the stream is closed; left open, every call took one, and the pool ran dry mid-suite.
 */
@BuddywerkTest
class ConnectionsAreReturnedTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	PostalCodes postalCodes;

	@Autowired
	Participants participants;

	@Test
	void lookupsOutsideATransactionLeaveNoConnectionInUse() throws Exception {
		int before = active();
		for (int i = 0; i < 20; i++) {
			postalCodes.locate(List.of("9000", "9050"));
			participants.participantOfAccount(Long.MAX_VALUE);
		}
		assertThat(active()).isEqualTo(before);
	}

	private int active() throws java.sql.SQLException {
		return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
	}
}
