package org.buddywerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BuddywerkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BuddywerkApplication.class, args);
	}
}
