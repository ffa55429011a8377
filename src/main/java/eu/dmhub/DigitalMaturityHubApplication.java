package eu.dmhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@org.springframework.scheduling.annotation.EnableScheduling
public class DigitalMaturityHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(DigitalMaturityHubApplication.class, args);
    }
}
