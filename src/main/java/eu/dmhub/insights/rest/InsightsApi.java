package eu.dmhub.insights.rest;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.insights.application.Insights;
import eu.dmhub.insights.domain.InsightFilter;
import eu.dmhub.insights.domain.InsightReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights")
@SecurityRequirement(name = "bearer")
class InsightsApi {

    /** The filter the report covers, as given (blank: all). */
    record FilterJson(
            String model,
            @Nullable String country,
            @Nullable String region,
            @Nullable String sector,
            @Nullable String size,
            @Nullable String from,
            @Nullable String to) {

        static FilterJson of(InsightFilter f) {
            return new FilterJson(
                    f.model(),
                    f.country(),
                    f.region(),
                    f.section(),
                    f.size() == null ? null : f.size().name(),
                    f.from() == null ? null : f.from().toString(),
                    f.to() == null ? null : f.to().toString());
        }
    }

    record ReportJson(
            FilterJson filter,
            int minGroupSize,
            List<String> dimensions,
            InsightReport.Summary summary,
            List<InsightReport.Row> heatMap,
            InsightReport.Row heatMapTotal,
            List<InsightReport.Row> trends,
            List<InsightReport.Intervention> interventions) {}

    private final Insights insights;

    InsightsApi(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/insights")
    @Operation(
            summary = "Statistics per dimension, a country-by-dimension heat map, quarterly trends and "
                    + "intervention areas for a filter (analysts: all companies; consultants: their DIH's "
                    + "clients). Each company counts once, with its latest submitted assessment of the model; "
                    + "a figure over fewer than minGroupSize companies, or one that would let such a figure be "
                    + "subtracted from a shown total, is null and its row marked suppressed.")
    ReportJson report(@ParameterObject Insights.Query query) {
        InsightReport r = insights.report(CurrentPersons.required(), query);
        return new ReportJson(
                FilterJson.of(r.filter()),
                r.minGroupSize(),
                r.dimensions(),
                r.summary(),
                r.heatMap(),
                r.heatMapTotal(),
                r.trends(),
                r.interventions());
    }

    @GetMapping("/api/v1/insights/export.{format:csv|xlsx}")
    @Operation(
            summary = "The same report as CSV or as an Excel workbook (one sheet per table): the tables the "
                    + "dashboard shows, in the request's language, with the word for suppressed where a figure "
                    + "is withheld")
    ResponseEntity<byte[]> export(@PathVariable String format, @ParameterObject Insights.Query query, Locale locale) {
        return insights.export(
                CurrentPersons.required(), query, Insights.Format.valueOf(format.toUpperCase(Locale.ROOT)), locale);
    }
}
