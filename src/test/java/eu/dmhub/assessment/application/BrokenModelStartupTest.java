package eu.dmhub.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.dmhub.DigitalMaturityHubApplication;
import eu.dmhub.assessment.domain.InvalidModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.NestedExceptionUtils;

class BrokenModelStartupTest {

    @Test
    void aBrokenModelFileStopsTheStartWithFilePathAndReason() {
        var application = new SpringApplication(DigitalMaturityHubApplication.class);
        application.setAdditionalProfiles("test");
        Throwable failure = catchThrowable(() -> application
                .run("--dmhub.assessment.models=classpath:broken-models/*.yaml", "--server.port=0")
                .close());

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(InvalidModel.class);
        assertThat(cause.getMessage())
                .contains(
                        "models/broken-v1.yaml: dimensions[0].questions[0].options[1].text: missing translation for 'et'");
    }
}
