package eu.dmhub.assessment.rest;

import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.InvalidModel;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Questionnaire models")
class ModelApi {

    private final ModelCatalog models;

    ModelApi(ModelCatalog models) {
        this.models = models;
    }

    @GetMapping
    @Operation(summary = "The questionnaire models, newest version of each, in the language of Accept-Language")
    List<ModelJson.Summary> list(Locale locale) {
        String language = Language.of(locale).code();
        return models.latestVersions().stream()
                .map(m -> ModelJson.summary(m, language))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "A model's newest version with every dimension, question and option, localised by Accept-Language")
    ModelJson get(@PathVariable String id, Locale locale) {
        QuestionnaireModel model = models.latest(id).orElseThrow(() -> new NotFound("error.model.not-found"));
        return ModelJson.of(model, Language.of(locale).code());
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "201",
            description = "Stored; Location names the model version")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description = "This version of the model exists already (field version)")
    @Operation(
            summary = "Upload a new model version (YAML, see docs/models.md); administrators only",
            security = @SecurityRequirement(name = "bearer"))
    @ResponseStatus(HttpStatus.CREATED) // what the description says; the answer sets it too
    ResponseEntity<ModelJson.Summary> upload(
            @RequestParam(name = "fileName", required = false) String fileName, @RequestBody byte[] content) {
        QuestionnaireModel model;
        try {
            model = models.upload(fileName == null ? "upload.yaml" : "models/" + fileName, content);
        } catch (InvalidModel invalid) {
            throw new InvalidInput(invalid.problems().stream()
                    .map(p -> Problem.of(p.path().isEmpty() ? "file" : p.path(), "error.model.problem", p.toString()))
                    .toList());
        }
        return ResponseEntity.created(URI.create("/api/v1/models/" + model.id()))
                .body(ModelJson.summary(model, model.languages().get(0)));
    }
}
