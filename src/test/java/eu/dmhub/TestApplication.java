package eu.dmhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole platform on a data directory of its own, as `./mvnw spring-boot:run` would. */
public final class TestApplication {

    private TestApplication() {}

    public static ConfigurableApplicationContext start(String dataDirectory, String... arguments) {
        var application = new SpringApplication(DigitalMaturityHubApplication.class);
        application.setAdditionalProfiles("test");
        var all = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--dmhub.embedded-postgres.data-directory=" + dataDirectory,
                "--dmhub.embedded-postgres.clean-on-start=false"));
        all.addAll(java.util.List.of(arguments));
        return application.run(all.toArray(String[]::new));
    }

    public static HttpApi api(ConfigurableApplicationContext context) {
        return new HttpApi(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
