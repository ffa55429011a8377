package eu.dmhub.insights.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.chart.HeatMapChart;
import eu.dmhub.chart.TrendChart;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.insights.application.HeatMapOrder;
import eu.dmhub.insights.application.Insights;
import eu.dmhub.insights.application.ReportTables;
import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.insights.domain.Quarter;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import eu.dmhub.shared.SizeClass;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The policy dashboard: a filter form (a plain GET form, so it works without JavaScript), the
 * statistics, the heat map with its table, trends, intervention areas and the two exports.
 */
@Controller
class InsightsPage {

    /** A cell as the page prints it. */
    record Cell(String text, boolean suppressed) {}

    /** A table as the page prints it. */
    record Shown(String title, List<String> headings, List<List<Cell>> rows) {}

    /** An intervention area in words. */
    record Area(String group, String dimension, String sentence) {}

    private final Insights insights;
    private final ReportTables tables;
    private final Questionnaires questionnaires;
    private final MessageSource messages;

    InsightsPage(Insights insights, ReportTables tables, Questionnaires questionnaires, MessageSource messages) {
        this.insights = insights;
        this.tables = tables;
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping("/insights")
    String dashboard(
            @ModelAttribute("query") Insights.Query query, Model model, Locale locale, HttpServletResponse response) {
        choices(model, locale);
        model.addAttribute(
                "selectedModel",
                query.model() == null || query.model().isBlank() ? Insights.DEFAULT_MODEL : query.model());
        CurrentPerson person = CurrentPersons.required();
        InsightReport.Population population = insights.population(person);
        model.addAttribute("minGroupSize", insights.minGroupSize());
        model.addAttribute("intro", ReportTables.forPopulation("insights.intro", population));
        InsightReport report;
        try {
            report = insights.report(person, query, locale);
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(e));
            return "insights/dashboard";
        }
        model.addAttribute("errors", FormErrors.none());
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        Map<String, String> titles = tables.dimensionLabels(report.filter().model(), locale);
        Map<String, Double> scales = tables.scales(report.filter().model());
        List<String> columns =
                report.dimensions().stream().map(d -> titles.getOrDefault(d, d)).toList();
        var rows = new ArrayList<String>();
        var values = new ArrayList<List<Double>>();
        for (InsightReport.Row row : report.heatMap()) {
            rows.add(new CountryCode(row.key()).displayName(locale));
            values.add(row.means());
        }
        rows.add(message(ReportTables.forPopulation("insights.region-total", population), locale));
        values.add(report.heatMapTotal().means());
        model.addAttribute("report", report);
        model.addAttribute("tables", shown(tables.of(report, locale), locale));
        model.addAttribute("suppressedWord", message("insights.suppressed", locale));
        model.addAttribute(
                "heatMap",
                HeatMapChart.svg(
                        message("insights.heat-map", locale),
                        message("insights.heat-map.description", locale),
                        rows,
                        columns,
                        values,
                        100,
                        message("insights.suppressed.short", locale),
                        number::format));
        model.addAttribute(
                "trendChart",
                TrendChart.svg(
                        message("insights.trends.chart", locale),
                        message("insights.trends.chart.description", locale),
                        report.trends().stream().map(InsightReport.Row::key).toList(),
                        report.trends().stream().map(r -> r.means().get(0)).toList(),
                        scales.getOrDefault("overall", 100.0),
                        message("insights.suppressed.short", locale),
                        number::format));
        model.addAttribute("heatMapLeavesOut", leftOut(report, locale));
        model.addAttribute("areas", areas(report, titles, scales, number, locale));
        model.addAttribute("exportQuery", exportQuery(report, query.order()));
        return "insights/dashboard";
    }

    @GetMapping("/insights/export.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, @ModelAttribute Insights.Query query, Locale locale) {
        return insights.export(
                CurrentPersons.required(), query, Insights.Format.valueOf(format.toUpperCase(Locale.ROOT)), locale);
    }

    /** The filters set that the heat map leaves out (it always compares every country), in words. */
    private String leftOut(InsightReport report, Locale locale) {
        var labels = new ArrayList<String>();
        if (report.filter().country() != null) {
            labels.add(message("insights.filter.country", locale));
        }
        if (report.filter().region() != null) {
            labels.add(message("insights.filter.region", locale));
        }
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    private List<Area> areas(
            InsightReport report,
            Map<String, String> titles,
            Map<String, Double> scales,
            NumberFormat number,
            Locale locale) {
        NumberFormat whole = LocalFormats.integer(locale);
        String key = ReportTables.forPopulation("insights.intervention.sentence", report.population());
        return report.interventions().stream()
                .map(i -> {
                    String group = tables.group(i, locale);
                    String dimension = titles.getOrDefault(i.dimension(), i.dimension());
                    double max = scales.getOrDefault(i.dimension(), 100.0);
                    return new Area(
                            group,
                            dimension,
                            messages.getMessage(
                                    key,
                                    new Object[] {
                                        dimension,
                                        group,
                                        number.format(-i.gap()),
                                        tables.score(number.format(i.mean()), max, locale),
                                        tables.score(number.format(i.regionMean()), max, locale),
                                        number.format(i.margin()),
                                        whole.format(i.companies())
                                    },
                                    locale));
                })
                .toList();
    }

    private static String exportQuery(InsightReport report, String order) {
        var f = report.filter();
        var parts = new ArrayList<String>();
        parts.add("model=" + f.model());
        if (f.country() != null) {
            parts.add("country=" + f.country());
        }
        if (f.region() != null) {
            parts.add("region=" + f.region());
        }
        if (f.section() != null) {
            parts.add("sector=" + f.section());
        }
        if (f.size() != null) {
            parts.add("size=" + f.size().name());
        }
        if (f.from() != null) {
            parts.add("from=" + f.from());
        }
        if (f.to() != null) {
            parts.add("to=" + f.to());
        }
        if (order != null && !order.isBlank()) {
            parts.add("order=" + HeatMapOrder.parse(order).name());
        }
        return String.join("&", parts);
    }

    private void choices(Model model, Locale locale) {
        Language language = Language.of(locale);
        model.addAttribute(
                "models",
                questionnaires.available(language).stream()
                        .map(m -> new Choice(m.id(), m.title()))
                        .toList());
        model.addAttribute("countries", Choice.countries(locale));
        model.addAttribute("sectors", Choice.sectors(s -> message("nace.section." + s, locale)));
        model.addAttribute(
                "sizes",
                java.util.Arrays.stream(SizeClass.values())
                        .map(s -> new Choice(s.name(), message("benchmark.size." + s.key(), locale)))
                        .toList());
        var quarters = new ArrayList<Choice>();
        Quarter now = Quarter.of(Instant.now());
        for (int i = now.index() - 15; i <= now.index(); i++) {
            String q = Quarter.ofIndex(i).toString();
            quarters.add(new Choice(q, q));
        }
        model.addAttribute("quarters", quarters);
        model.addAttribute(
                "orders",
                java.util.Arrays.stream(HeatMapOrder.values())
                        .map(o -> new Choice(
                                o.name(), message("insights.order." + o.name().toLowerCase(Locale.ROOT), locale)))
                        .toList());
    }

    private List<Shown> shown(List<ReportTables.Table> all, Locale locale) {
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        NumberFormat whole = LocalFormats.integer(locale);
        String suppressed = message("insights.suppressed", locale);
        return all.stream()
                .map(t -> new Shown(
                        t.title(),
                        t.headings(),
                        t.rows().stream()
                                .map(row -> row.stream()
                                        .map(cell -> cell == ReportTables.SUPPRESSED
                                                ? new Cell(suppressed, true)
                                                : new Cell(
                                                        cell instanceof Double d
                                                                ? decimal.format(d)
                                                                : cell instanceof Number n
                                                                        ? whole.format(n)
                                                                        : String.valueOf(cell),
                                                        false))
                                        .toList())
                                .toList()))
                .toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
