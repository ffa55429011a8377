package eu.dmhub.assessment.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.shared.CompanyId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic follow-ups: valid answers, a few dimensions clearly better, the rest nearly as they were. */
class FollowUpAnswersTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private final QuestionnaireModel dma = dma();

    @Test
    void aFollowUpImprovesOneToThreeDimensionsAndLeavesTheRestNearlyAsTheyWere() {
        var random = new Random(5);
        int withRoom = 0;
        int improved = 0;
        double steadyDrift = 0;
        int bigDrifts = 0;
        int companies = 500;
        for (int i = 0; i < companies; i++) {
            double propensity = Math.max(0.02, Math.min(0.98, 0.42 + random.nextGaussian() * 0.15));
            Map<String, Object> first = SyntheticAnswers.answers(dma, propensity, random);
            // scoring refuses anything invalid or incomplete, so both are answers a company could give
            Scoring.Result before = scored(first);
            Scoring.Result after = scored(FollowUpAnswers.of(dma, first, random));

            double[] rises = new double[before.dimensions().size()];
            for (int d = 0; d < rises.length; d++) {
                rises[d] = after.dimensions().get(d).score()
                        - before.dimensions().get(d).score();
            }
            Arrays.sort(rises);
            // at most three dimensions were worked on: the three that moved least only drifted
            for (int d = 0; d < 3; d++) {
                steadyDrift += Math.abs(rises[d]) / (3.0 * companies);
                bigDrifts += Math.abs(rises[d]) >= 10 ? 1 : 0;
            }
            if (before.overall() < 60) {
                withRoom++;
                improved += rises[rises.length - 1] >= 10 ? 1 : 0;
            }
        }
        assertThat(steadyDrift).as("mean drift of an untouched dimension").isLessThan(2);
        assertThat(bigDrifts)
                .as("untouched dimensions that moved 10 points or more")
                .isLessThan(companies * 3 / 100);
        assertThat(improved).as("companies with room to improve that did").isGreaterThan(withRoom * 9 / 10);
    }

    @Test
    void theShareOfFollowUpsMustLieBetweenNoneAndAll() {
        var refused = catchThrowableOfType(
                IllegalArgumentException.class, () -> new AssessmentDemoData(null, null, null, true, 1.5));
        assertThat(refused.getMessage()).contains("dmhub.demo.follow-ups", "1.5");
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> new AssessmentDemoData(null, null, null, true, -0.1)))
                .isNotNull();
    }

    private Scoring.Result scored(Map<String, Object> answers) {
        var assessment = Assessment.start(CompanyId.random(), dma, AT);
        assessment.answer(answers);
        return assessment.submit(AT);
    }

    private static QuestionnaireModel dma() {
        try {
            return ModelCatalog.parse(
                    "dma-v1.yaml", Files.readAllBytes(Path.of("src/main/resources/models/dma-v1.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
