package eu.dmhub.assessment.rest;

import eu.dmhub.assessment.application.AssessmentService;
import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ResultView;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments")
@SecurityRequirement(name = "bearer")
class AssessmentApi {

    private static final String PROBLEM = "application/problem+json";

    record StartRequest(
            @Schema(example = "0b9e4a52-7d0c-4b7e-9a5e-1f2d3c4b5a69")
            String companyId,

            @Schema(example = "dma", description = "The id of a questionnaire model (GET /api/v1/models)")
            String model) {}

    record AnswersRequest(
            @Schema(
                    description = "Question id to answer: an option id, a list of option ids, a number or "
                            + "text, or, for a grid, an object of row id to column id; null clears an answer",
                    example = "{\"strategy-plan\": \"written\", \"strategy-areas\": [\"sales\", \"production\"]}")
            Map<String, @Nullable Object> answers) {}

    record Progress(int answered, int total) {}

    record AssessmentJson(
            UUID id,
            String companyId,
            String model,
            int modelVersion,

            @Schema(allowableValues = {"IN_PROGRESS", "SUBMITTED"})
            String status,

            Instant startedAt,
            @Nullable Instant submittedAt,
            Map<String, Object> answers,
            List<String> unanswered,
            Progress progress) {}

    record ResultJson(
            UUID assessmentId,
            String model,
            int modelVersion,
            Instant submittedAt,
            double overall,

            @Schema(
                    description = "The highest overall score of the model: 100 for dma (points), the number of"
                            + " indicators for dii (a count, 12); each dimension has its own maxScore")
            double maxScore,

            String level,
            String levelTitle,
            List<ResultView.DimensionLine> dimensions) {}

    private final AssessmentService assessments;
    private final ResultView results;

    AssessmentApi(AssessmentService assessments, ResultView results) {
        this.assessments = assessments;
        this.results = results;
    }

    @PostMapping("/api/v1/assessments")
    @Operation(
            summary = "Start an assessment of a company with the newest version of a model. A company keeps one"
                    + " open assessment per model: when one is in progress, nothing is started and that one is"
                    + " returned.")
    @ApiResponse(responseCode = "201", description = "Started; Location names the new assessment")
    @ApiResponse(responseCode = "200", description = "An assessment of the model was already in progress: that one")
    ResponseEntity<AssessmentJson> start(@RequestBody StartRequest request) {
        if (request.companyId() == null || request.companyId().isBlank()) {
            throw InvalidInput.of("companyId", "error.required");
        }
        CompanyId company = CompanyId.parse(request.companyId());
        if (company == null) {
            throw new NotFound("error.company.not-found");
        }
        var start = assessments.start(CurrentPersons.required(), company, request.model());
        return startedOrOpen(start.assessment(), start.started());
    }

    @PostMapping("/api/v1/assessments/{id}/retake")
    @Operation(
            summary = "Retake a submitted assessment, starting from its answers",
            description = "Starts the newest version of the submitted assessment's model for the same company, with"
                    + " the previous answers that version still accepts (answers to removed or changed questions"
                    + " are dropped). When the company already has an assessment of that model in progress, nothing"
                    + " is started and that one is returned.")
    @ApiResponse(responseCode = "201", description = "Started; Location names the new assessment")
    @ApiResponse(responseCode = "200", description = "An assessment of the model was already in progress: that one")
    @ApiResponse(
            responseCode = "404",
            description = "No such assessment, or another organisation's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The assessment is not submitted yet (field status)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AssessmentJson> retake(@PathVariable String id) {
        var retake = assessments.retake(CurrentPersons.required(), uuid(id));
        return startedOrOpen(retake.assessment(), retake.started());
    }

    /** 201 with Location for an assessment just started; 200 with Content-Location for the open one. */
    private ResponseEntity<AssessmentJson> startedOrOpen(Assessment assessment, boolean started) {
        URI location = URI.create("/api/v1/assessments/" + assessment.id());
        if (started) {
            return ResponseEntity.created(location).body(json(assessment));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LOCATION, location.toString())
                .body(json(assessment));
    }

    @PutMapping("/api/v1/assessments/{id}/answers")
    @ApiResponse(responseCode = "200", description = "Saved; the assessment with all its answers")
    @ApiResponse(
            responseCode = "409",
            description = "The assessment is submitted: its answers no longer change (field status)")
    @Operation(summary = "Save answers; only the questions named change, null clears an answer")
    AssessmentJson answer(@PathVariable String id, @RequestBody AnswersRequest request) {
        return json(assessments.answer(CurrentPersons.required(), uuid(id), request.answers()));
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "An assessment with its answers so far and what is still unanswered")
    AssessmentJson get(@PathVariable String id) {
        return json(assessments.get(CurrentPersons.required(), uuid(id)));
    }

    @PostMapping("/api/v1/assessments/{id}/submit")
    @Operation(summary = "Submit and score; submitting again returns the same result")
    ResultJson submit(@PathVariable String id, Locale locale) {
        return result(assessments.submit(CurrentPersons.required(), uuid(id)), locale);
    }

    @GetMapping("/api/v1/assessments/{id}/result")
    @ApiResponse(responseCode = "200", description = "The result")
    @ApiResponse(responseCode = "409", description = "The assessment is not submitted yet (field status)")
    @Operation(summary = "The result of a submitted assessment, localised by Accept-Language")
    ResultJson result(@PathVariable String id, Locale locale) {
        return result(assessments.result(CurrentPersons.required(), uuid(id)), locale);
    }

    @GetMapping("/api/v1/companies/{id}/assessments")
    @Operation(summary = "A company's assessments, newest first")
    List<AssessmentStore.Summary> list(@PathVariable String id) {
        CompanyId company = CompanyId.parse(id);
        if (company == null) {
            throw new NotFound("error.company.not-found");
        }
        return assessments.list(CurrentPersons.required(), company);
    }

    private ResultJson result(Assessment assessment, Locale locale) {
        var shown = results.of(assessment, Language.of(locale));
        return new ResultJson(
                assessment.id(),
                shown.model(),
                shown.modelVersion(),
                assessment.submittedAt().orElseThrow(),
                shown.overall(),
                shown.max(),
                shown.level(),
                shown.levelTitle(),
                shown.dimensions());
    }

    private static AssessmentJson json(Assessment assessment) {
        var answers = new LinkedHashMap<String, Object>();
        assessment.model().questions().forEach(q -> {
            var answer = assessment.answers().get(q.id());
            if (answer != null) {
                answers.put(q.id(), answer.toPlain(q));
            }
        });
        List<String> unanswered =
                assessment.unanswered().stream().map(Question::id).toList();
        int total = (int) assessment.model().questions().count();
        return new AssessmentJson(
                assessment.id(),
                assessment.company().toString(),
                assessment.model().id(),
                assessment.model().version(),
                assessment.status().name(),
                assessment.startedAt(),
                assessment.submittedAt().orElse(null),
                answers,
                unanswered,
                new Progress(total - unanswered.size(), total));
    }

    static UUID uuid(String id) {
        return NotFound.unlessUuid(id, "error.assessment.not-found");
    }
}
