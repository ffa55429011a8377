package eu.dmhub.benchmark.rest;

import eu.dmhub.benchmark.application.GroupLabels;
import eu.dmhub.benchmark.application.PeerComparison;
import eu.dmhub.benchmark.domain.PeerGroup;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Benchmark")
@SecurityRequirement(name = "bearer")
class BenchmarkApi {

    record GroupJson(
            @Schema(allowableValues = {"COUNTRY_SECTOR_SIZE", "COUNTRY_SECTOR", "COUNTRY", "REGION"})
            String scope,

            String key,
            String label,
            long companies,
            boolean widened,
            List<String> skipped) {}

    record BenchmarkJson(
            UUID assessmentId,
            String model,
            boolean available,
            int minGroupSize,
            @Nullable GroupJson peerGroup,
            List<PeerComparison.Line> dimensions) {}

    private final PeerComparison comparisons;
    private final GroupLabels labels;
    private final eu.dmhub.benchmark.application.BenchmarkSettings settings;

    BenchmarkApi(
            PeerComparison comparisons, GroupLabels labels, eu.dmhub.benchmark.application.BenchmarkSettings settings) {
        this.comparisons = comparisons;
        this.labels = labels;
        this.settings = settings;
    }

    @GetMapping("/api/v1/assessments/{id}/benchmark")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The comparison, or available false with the reason")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description = "The assessment is not submitted yet (field status)")
    @Operation(
            summary = "Where a submitted assessment stands among peers (same country, sector and size, "
                    + "widened while fewer than k companies); no group under k is ever shown")
    BenchmarkJson benchmark(@PathVariable String id, Locale locale) {
        UUID assessment = NotFound.unlessUuid(id, "error.assessment.not-found");
        var comparison = comparisons.compare(CurrentPersons.required(), assessment);
        GroupJson group = comparison
                .group()
                .map(choice -> new GroupJson(
                        choice.group().scope().name(),
                        choice.group().key(),
                        labels.label(choice.group(), choice.companies(), locale),
                        choice.companies(),
                        choice.widened(),
                        choice.skipped().stream().map(PeerGroup::key).toList()))
                .orElse(null);
        return new BenchmarkJson(
                comparison.assessment(),
                comparison.model(),
                comparison.available(),
                settings.minGroupSize(),
                group,
                comparison.lines());
    }
}
