package eu.dmhub.benchmark.rest;

import eu.dmhub.benchmark.application.NaiveBaseline;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The naive benchmark over HTTP, for load tests only ({@code dmhub.bench.baseline-endpoint=true}). */
@RestController
@Hidden
@ConditionalOnProperty(name = "dmhub.bench.baseline-endpoint", havingValue = "true")
class BaselineApi {

    private final NaiveBaseline baseline;

    BaselineApi(NaiveBaseline baseline) {
        this.baseline = baseline;
    }

    @GetMapping("/api/v1/assessments/{id}/benchmark/baseline")
    NaiveBaseline.Ranking baseline(@PathVariable String id) {
        UUID assessment = NotFound.unlessUuid(id, "error.assessment.not-found");
        return baseline.rank(CurrentPersons.required(), assessment);
    }
}
