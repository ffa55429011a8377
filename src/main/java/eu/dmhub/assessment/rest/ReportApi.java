package eu.dmhub.assessment.rest;

import eu.dmhub.assessment.application.ResultReport;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments")
@SecurityRequirement(name = "bearer")
class ReportApi {

    private final ResultReport reports;

    ReportApi(ResultReport reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/assessments/{id}/report.pdf")
    @Operation(
            summary = "The PDF report of a submitted assessment: scores, level, radar chart, explanations and "
                    + "the comparison with peers, as an attachment named digital-maturity-report-<date>.pdf",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the report",
                        content =
                                @Content(
                                        mediaType = "application/pdf",
                                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "400", description = "lang is not a language the platform offers"),
                @ApiResponse(responseCode = "404", description = "no such assessment, or another company's"),
                @ApiResponse(responseCode = "409", description = "the assessment has not been submitted")
            })
    ResponseEntity<byte[]> report(
            @PathVariable String id,
            @Parameter(description = "the report's language (en, et); without it Accept-Language, else English")
                    @RequestParam(name = "lang", required = false)
                    String lang,
            Locale locale) {
        return reports.of(CurrentPersons.required(), AssessmentApi.uuid(id), language(lang, locale))
                .asAttachment();
    }

    private static Language language(String lang, Locale locale) {
        if (lang == null) {
            return Language.of(locale);
        }
        return Language.supported(lang)
                .orElseThrow(() -> InvalidInput.of(
                        "lang",
                        "error.language.unsupported",
                        lang,
                        Language.SUPPORTED.stream().map(Language::code).collect(Collectors.joining(", "))));
    }
}
