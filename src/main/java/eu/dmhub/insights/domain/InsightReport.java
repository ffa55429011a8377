package eu.dmhub.insights.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard, the exports and the API show for one filter. A suppressed figure carries no
 * numbers at all ({@code null}); {@code dimensions} start with {@code overall}, and every list of
 * means follows their order.
 */
public record InsightReport(
        InsightFilter filter,
        Population population,
        int minGroupSize,
        List<String> dimensions,
        Summary summary,
        List<Row> heatMap,
        Row heatMapTotal,
        List<Row> trends,
        List<Intervention> interventions) {

    /** The same report with the heat map's rows in another order. */
    public InsightReport withHeatMap(List<Row> rows) {
        return new InsightReport(
                filter,
                population,
                minGroupSize,
                dimensions,
                summary,
                List.copyOf(rows),
                heatMapTotal,
                trends,
                interventions);
    }

    /**
     * Whose companies the report covers: every company of the hub, or a DIH's clients only (then
     * the “whole region” of the heat map and of the intervention areas is all of those clients).
     */
    public enum Population {
        ALL_COMPANIES,
        CLIENTS
    }

    /** Statistics of one dimension over the filtered companies. */
    public record Stats(
            String dimension,
            @Nullable Long companies,
            @Nullable Double mean,
            @Nullable Double lowerQuartile,
            @Nullable Double median,
            @Nullable Double upperQuartile) {}

    /** The filtered companies as a whole; when suppressed, every statistic is {@code null}. */
    public record Summary(boolean suppressed, @Nullable Long companies, List<Stats> dimensions) {}

    /** One row of a table of means (a country of the heat map, a quarter of the trends). */
    public record Row(
            @Nullable String key,
            boolean suppressed,
            @Nullable Long companies,
            List<@Nullable Double> means) {}

    /**
     * A group whose weakest dimension lies materially below the whole region ({@link MaterialGap}):
     * {@code gap} is the group's mean minus the region's, in score points (negative), and
     * {@code margin} the half-width of its 95% confidence interval.
     */
    public record Intervention(
            String scope,
            String group,
            String dimension,
            long companies,
            double mean,
            double regionMean,
            double gap,
            double margin) {}
}
