package org.buddywerk;

import org.buddywerk.matching.MatchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BuddywerkApplication {

	public static void main(String[] args) {
		// "match" solves an instance file without starting Spring
		if (MatchCommand.isAskedFor(args)) {
			System.exit(MatchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(BuddywerkApplication.class, args);
	}
}
