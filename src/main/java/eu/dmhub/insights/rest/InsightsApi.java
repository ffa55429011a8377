package eu.dmhub.insights.rest;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.insights.application.Insights;
import eu.dmhub.insights.application.ReportTables;
import eu.dmhub.insights.domain.InsightFilter;
import eu.dmhub.insights.domain.InsightReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

            @Schema(
                    description = "ALL_COMPANIES for analysts; CLIENTS for a DIH's consultants, whose whole region"
                            + " (heatMapTotal, regionMean) is all of their clients")
            InsightReport.Population population,

            int minGroupSize,

            @Schema(
                    description =
                            "Scores are out of these: the highest possible score of overall and of each dimension")
            Map<String, Double> maxScores,

            @Schema(
                    description = "The filters set that the heat map leaves out: it always compares every country"
                            + " (with the questionnaire, sector, size and period filters applied)")
            List<String> heatMapLeavesOut,

            List<String> dimensions,
            InsightReport.Summary summary,
            List<InsightReport.Row> heatMap,
            InsightReport.Row heatMapTotal,
            List<InsightReport.Row> trends,
            List<InsightReport.Intervention> interventions) {}

    private final Insights insights;
    private final ReportTables tables;

    InsightsApi(Insights insights, ReportTables tables) {
        this.insights = insights;
        this.tables = tables;
    }

    @GetMapping("/api/v1/insights")
    @Operation(
            summary = "Statistics per dimension, a country-by-dimension heat map, quarterly trends and "
                    + "intervention areas for a filter (analysts: all companies; consultants: their DIH's "
                    + "clients). Each company counts once, with its latest submitted assessment of the model; "
                    + "a figure over fewer than minGroupSize companies, or one that would let such a figure be "
                    + "subtracted from a shown total, is null and its row marked suppressed. The heat map compares every "
                    + "country, sorted by name in the request's language or by score (order). An intervention area is "
                    + "a group whose dimension lies at least 5% of its scale (5 points out of 100) below the whole "
                    + "region, with a 95% confidence interval of the gap (gap ± margin) wholly below zero. An unknown "
                    + "region, or any other bad filter, is a 400 problem naming the field.")
    ReportJson report(@ParameterObject Insights.Query query, Locale locale) {
        InsightReport r = insights.report(CurrentPersons.required(), query, locale);
        var leftOut = new ArrayList<String>();
        if (r.filter().country() != null) {
            leftOut.add("country");
        }
        if (r.filter().region() != null) {
            leftOut.add("region");
        }
        return new ReportJson(
                FilterJson.of(r.filter()),
                r.population(),
                r.minGroupSize(),
                tables.scales(r.filter().model()),
                List.copyOf(leftOut),
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
