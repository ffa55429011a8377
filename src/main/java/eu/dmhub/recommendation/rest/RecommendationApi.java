package eu.dmhub.recommendation.rest;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.ActionPlans;
import eu.dmhub.recommendation.application.Recommendations;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recommendations and action plan")
@SecurityRequirement(name = "bearer")
class RecommendationApi {

    record RecommendationJson(
            int rank,
            String entryId,
            String type,
            String title,
            boolean shownInEnglish,
            String dimension,
            String dimensionTitle,
            double benefit,
            List<String> reasons,
            @Nullable String evidence,
            int effortDays,
            String cost,
            @Nullable String provider,
            boolean example,
            String toolboxUrl,

            @Schema(allowableValues = {"planned", "in-progress", "done", "dropped"}) @Nullable
            String planStatus) {}

    record RecommendationsJson(
            UUID assessmentId,
            boolean available,
            @Nullable String peerGroup,
            List<RecommendationJson> recommendations) {}

    record AddRequest(
            @Schema(example = "strategy-budget-line", description = "A catalogue entry recommended to you")
            String entryId,

            @Schema(
                    example = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
                    description = "The assessment it was recommended for")
            String assessmentId) {}

    /** A change to a plan item; a field left out stays as it is, an empty text clears it. */
    record ChangeRequest(
            @Schema(example = "Mari Tamm") @Nullable String owner,

            @Schema(example = "2027-03-31", format = "date") @Nullable
            String targetDate,

            @Schema(
                    example = "in-progress",
                    allowableValues = {"planned", "in-progress", "done", "dropped"})
            @Nullable
            String status,

            @Schema(example = "Quote asked from two providers") @Nullable
            String notes) {
        PlanItem.Change change() {
            return new PlanItem.Change(owner, targetDate, status, notes);
        }
    }

    record PlanItemJson(
            UUID id,
            String entryId,
            String dimension,
            @Nullable UUID assessmentId,
            @Nullable String owner,
            @Nullable LocalDate targetDate,

            @Schema(allowableValues = {"planned", "in-progress", "done", "dropped"})
            String status,

            @Nullable String notes,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant doneAt) {
        static PlanItemJson of(PlanItem item) {
            return new PlanItemJson(
                    item.id(),
                    item.entryId(),
                    item.dimension(),
                    item.assessmentId(),
                    item.owner(),
                    item.targetDate(),
                    item.status().key(),
                    item.notes(),
                    item.createdAt(),
                    item.updatedAt(),
                    item.doneAt());
        }
    }

    private final Recommendations recommendations;
    private final ActionPlans plans;

    RecommendationApi(Recommendations recommendations, ActionPlans plans) {
        this.recommendations = recommendations;
        this.plans = plans;
    }

    @GetMapping("/api/v1/assessments/{id}/recommendations")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The ranked recommendations")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description = "The assessment is not submitted yet (field status)")
    @Operation(
            summary = "Next steps for a submitted assessment: catalogue entries that fit the company, ranked by"
                    + " expected benefit, each with its reasons in the request's language (Accept-Language)")
    RecommendationsJson recommendations(
            @PathVariable String id,
            @Parameter(description = "How many to return, 1 to 100; the first 8 follow the diversity rule")
                    @RequestParam(defaultValue = "8")
                    String limit,
            Locale locale) {
        UUID assessment = NotFound.unlessUuid(id, "error.assessment.not-found");
        int count;
        try {
            count = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > 100) {
            throw InvalidInput.of("limit", "error.recommendation.limit", limit);
        }
        Language language = Language.of(locale);
        var ranked = recommendations.forAssessment(CurrentPersons.required(), assessment, language);
        var list = ranked.recommendations();
        var json = new java.util.ArrayList<RecommendationJson>();
        for (int i = 0; i < Math.min(count, list.size()); i++) {
            var r = list.get(i);
            var entry = r.entry();
            json.add(new RecommendationJson(
                    i + 1,
                    entry.id(),
                    entry.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    r.title(),
                    r.english(),
                    r.dimension(),
                    r.dimensionTitle(),
                    Math.round(r.benefit() * 100) / 100.0,
                    r.reasons(),
                    r.evidence(),
                    entry.effortDays(),
                    entry.cost().name().toLowerCase(Locale.ROOT),
                    entry.provider(language.code()),
                    entry.example(),
                    "/toolbox/" + entry.id(),
                    r.planned() == null ? null : r.planned().key()));
        }
        return new RecommendationsJson(ranked.assessment(), ranked.available(), ranked.peerGroup(), json);
    }

    @GetMapping("/api/v1/plan")
    @Operation(summary = "The action plan of the company you act for")
    List<PlanItemJson> plan() {
        return plans.of(CurrentPersons.required()).stream()
                .map(PlanItemJson::of)
                .toList();
    }

    @PostMapping("/api/v1/plan/items")
    @Operation(
            summary = "Add a catalogue entry recommended for one of your assessments to the action plan;"
                    + " adding it again returns the item already there")
    @ResponseStatus(HttpStatus.CREATED) // what the description says; the answer sets it too
    ResponseEntity<PlanItemJson> add(@RequestBody AddRequest request) {
        PlanItem item = plans.add(CurrentPersons.required(), request.entryId(), request.assessmentId());
        return ResponseEntity.created(URI.create("/api/v1/plan/items/" + item.id()))
                .body(PlanItemJson.of(item));
    }

    @PatchMapping("/api/v1/plan/items/{id}")
    @Operation(
            summary = "Change an item's owner, target date (yyyy-mm-dd), status (planned, in-progress, done,"
                    + " dropped) or notes; fields left out stay as they are, an empty text clears one")
    PlanItemJson change(@PathVariable String id, @RequestBody ChangeRequest change) {
        UUID item = NotFound.unlessUuid(id, "error.plan.not-found");
        return PlanItemJson.of(plans.change(CurrentPersons.required(), item, change.change()));
    }
}
