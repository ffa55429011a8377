package eu.dmhub.insights.application;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.insights.domain.InsightReport.Row;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as the tables the dashboard shows, in the reader's language: what both exports write,
 * so that an export holds exactly what the dashboard shows. A suppressed figure is a
 * {@link #SUPPRESSED} cell, never a number.
 */
@Component
public class ReportTables {

    /** A cell standing for a figure withheld to protect small groups. */
    public static final Object SUPPRESSED = new Object() {
        @Override
        public String toString() {
            return "suppressed";
        }
    };

    /** One table: a title, column headings and rows of text, numbers or {@link #SUPPRESSED}. */
    public record Table(String title, List<String> headings, List<List<Object>> rows) {}

    private final MessageSource messages;
    private final Questionnaires questionnaires;

    ReportTables(MessageSource messages, Questionnaires questionnaires) {
        this.messages = messages;
        this.questionnaires = questionnaires;
    }

    public List<Table> of(InsightReport report, Locale locale) {
        Map<String, String> titles = dimensionLabels(report.filter().model(), locale);
        List<String> dimensions =
                report.dimensions().stream().map(d -> titles.getOrDefault(d, d)).toList();
        InsightReport.Population population = report.population();
        var tables = new ArrayList<Table>();

        var filter = new ArrayList<List<Object>>();
        filter.add(List.of(
                message("insights.filter.model", locale), report.filter().model()));
        filter.add(List.of(
                message("insights.filter.country", locale),
                orAll(report.filter().country(), locale)));
        filter.add(List.of(
                message("insights.filter.region", locale), orAll(report.filter().region(), locale)));
        filter.add(List.of(
                message("insights.filter.sector", locale), orAll(report.filter().section(), locale)));
        filter.add(List.of(
                message("insights.filter.size", locale),
                report.filter().size() == null
                        ? message("insights.all", locale)
                        : message("benchmark.size." + report.filter().size().key(), locale)));
        filter.add(List.of(
                message("insights.filter.from", locale), orAll(report.filter().from(), locale)));
        filter.add(List.of(
                message("insights.filter.to", locale), orAll(report.filter().to(), locale)));
        filter.add(List.of(message("insights.min-group-size", locale), report.minGroupSize()));
        filter.add(List.of(
                message("insights.population", locale),
                message(forPopulation("insights.population.value", population), locale)));
        tables.add(new Table(
                message("insights.export.filter", locale),
                List.of(message("insights.export.setting", locale), message("insights.export.value", locale)),
                List.copyOf(filter)));

        var stats = new ArrayList<List<Object>>();
        for (InsightReport.Stats s : report.summary().dimensions()) {
            stats.add(Arrays.asList(
                    titles.getOrDefault(s.dimension(), s.dimension()),
                    shown(s.companies()),
                    shown(s.mean()),
                    shown(s.lowerQuartile()),
                    shown(s.median()),
                    shown(s.upperQuartile())));
        }
        tables.add(new Table(
                message("insights.statistics", locale),
                List.of(
                        message("insights.dimension", locale),
                        message("insights.companies", locale),
                        message("insights.mean", locale),
                        message("insights.lower-quartile", locale),
                        message("insights.median", locale),
                        message("insights.upper-quartile", locale)),
                List.copyOf(stats)));

        var heat = new ArrayList<List<Object>>();
        // the rows come in the reader's order (HeatMapOrder)
        for (Row row : report.heatMap()) {
            heat.add(means(new CountryCode(row.key()).displayName(locale), row));
        }
        heat.add(means(message(forPopulation("insights.region-total", population), locale), report.heatMapTotal()));
        tables.add(new Table(
                message("insights.heat-map", locale), headings("insights.country", dimensions, locale), heat));

        var trends = new ArrayList<List<Object>>();
        for (Row row : report.trends()) {
            trends.add(means(row.key(), row));
        }
        tables.add(new Table(
                message("insights.trends", locale), headings("insights.quarter", dimensions, locale), trends));

        var interventions = new ArrayList<List<Object>>();
        for (InsightReport.Intervention i : report.interventions()) {
            interventions.add(List.of(
                    group(i, locale),
                    titles.getOrDefault(i.dimension(), i.dimension()),
                    i.companies(),
                    i.mean(),
                    i.regionMean(),
                    i.gap(),
                    i.margin()));
        }
        tables.add(new Table(
                message("insights.interventions", locale),
                List.of(
                        message("insights.group", locale),
                        message("insights.dimension", locale),
                        message("insights.companies", locale),
                        message("insights.mean", locale),
                        message(forPopulation("insights.region-mean", population), locale),
                        message("insights.gap", locale),
                        message("insights.margin", locale)),
                interventions));
        return List.copyOf(tables);
    }

    /** The group of an intervention area in words: a country, a NUTS region or a sector. */
    public String group(InsightReport.Intervention intervention, Locale locale) {
        return switch (intervention.scope()) {
            case "COUNTRY" -> new CountryCode(intervention.group()).displayName(locale);
            case "SECTOR" -> message("nace.section." + intervention.group(), locale);
            default -> message("insights.region-named", locale, intervention.group());
        };
    }

    /** The message key for a report's population: a DIH's clients have words of their own. */
    public static String forPopulation(String key, InsightReport.Population population) {
        return population == InsightReport.Population.CLIENTS ? key + ".clients" : key;
    }

    /** Each dimension's title (and {@code overall}'s) with its scale, such as “Overall (/ 100)”. */
    public Map<String, String> dimensionLabels(String model, Locale locale) {
        Language language = Language.of(locale);
        var labels = new LinkedHashMap<String, String>();
        labels.put("overall", message("insights.overall", locale));
        questionnaires.latest(model, language).ifPresent(m -> {
            labels.putAll(questionnaires.dimensionTitles(model, m.version(), language));
            questionnaires
                    .maxScores(model, m.version())
                    .forEach((dimension, max) -> labels.computeIfPresent(
                            dimension,
                            (d, title) -> message("insights.dimension.scaled", locale, title, scale(max, locale))));
        });
        return labels;
    }

    /** The highest possible score of each dimension of the model's newest version, and of {@code overall}. */
    public Map<String, Double> scales(String model) {
        return questionnaires
                .latest(model, Language.ENGLISH)
                .map(m -> questionnaires.maxScores(model, m.version()))
                .orElse(Map.of());
    }

    /** A score with its scale: “34.1 / 100” for a score out of 100, “5 of 12” for a count. */
    public String score(String formatted, double max, Locale locale) {
        return message(
                max == 100 ? "insights.score.points" : "insights.score.count", locale, formatted, whole(max, locale));
    }

    private String scale(double max, Locale locale) {
        return message(max == 100 ? "insights.scale.points" : "insights.scale.count", locale, whole(max, locale));
    }

    private static String whole(double max, Locale locale) {
        return LocalFormats.integer(locale).format(Math.round(max));
    }

    private List<String> headings(String first, List<String> dimensions, Locale locale) {
        var headings = new ArrayList<String>();
        headings.add(message(first, locale));
        headings.add(message("insights.companies", locale));
        headings.addAll(dimensions);
        return headings;
    }

    private static List<Object> means(String label, Row row) {
        var cells = new ArrayList<Object>();
        cells.add(label);
        cells.add(shown(row.companies()));
        for (Double mean : row.means()) {
            cells.add(shown(mean));
        }
        return cells;
    }

    private static Object shown(Object value) {
        return value == null ? SUPPRESSED : value;
    }

    private String orAll(Object value, Locale locale) {
        return value == null ? message("insights.all", locale) : value.toString();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
