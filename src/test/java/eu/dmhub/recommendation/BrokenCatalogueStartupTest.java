package eu.dmhub.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.dmhub.DigitalMaturityHubApplication;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.NestedExceptionUtils;

class BrokenCatalogueStartupTest {

    @Test
    void aBrokenCatalogueFileStopsTheStartWithFileEntryAndReason() {
        var application = new SpringApplication(DigitalMaturityHubApplication.class);
        application.setAdditionalProfiles("test");
        Throwable failure = catchThrowable(() -> application
                .run("--dmhub.recommendation.catalogue=classpath:broken-catalogue/*.yaml", "--server.port=0")
                .close());

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(InvalidCatalogue.class);
        assertThat(cause.getMessage())
                .contains("broken-catalogue.yaml: entry cloud-course: maturity: from advanced lies above to basic");
    }
}
