package org.plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Plenary: meeting platform for standards bodies, starting with ITU-T study groups. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlenaryApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlenaryApplication.class, args);
    }
}
