package eu.dmhub.insights.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.insights.domain.InsightEngine;
import eu.dmhub.insights.domain.InsightFilter;
import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.insights.domain.Quarter;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NutsRegion;
import eu.dmhub.shared.SizeClass;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reports for analysts over every company and for DIH consultants over their own clients, from the
 * facts held in memory. Each report covers what the filter selects and shows no figure over fewer
 * than k companies ({@code dmhub.insights.min-group-size}, by default the benchmark's k).
 */
@Service
public class Insights {

    /** The filter as typed (request parameters); blanks mean “all”. */
    public record Query(
            @Parameter(description = "Questionnaire model id; default dma")
            String model,

            @Parameter(description = "ISO country code, such as EE")
            String country,

            @Parameter(description = "NUTS region code, such as EE008")
            String region,

            @Parameter(description = "NACE section letter, such as C")
            String sector,

            @Parameter(description = "MICRO, SMALL, MEDIUM or LARGE")
            String size,

            @Parameter(description = "First quarter, such as 2025-Q1 (when the latest assessment was submitted)")
            String from,

            @Parameter(description = "Last quarter, such as 2026-Q4")
            String to,

            @Parameter(
                    description = "How the heat map's countries are sorted: NAME (by name in the request's"
                            + " language, the default) or SCORE (highest overall mean first)",
                    schema = @Schema(allowableValues = {"NAME", "SCORE"}))
            String order) {}

    /** The export formats: the same tables as CSV or as an Excel workbook. */
    public enum Format {
        CSV,
        XLSX
    }

    /** The model a query without one is about. */
    public static final String DEFAULT_MODEL = "dma";

    private final FactCache facts;
    private final Companies companies;
    private final Questionnaires questionnaires;
    private final ReportTables tables;
    private final org.springframework.context.MessageSource messages;
    private final int k;
    private final Cache<UUID, Scope> scopes;

    Insights(
            FactCache facts,
            Companies companies,
            Questionnaires questionnaires,
            ReportTables tables,
            org.springframework.context.MessageSource messages,
            @Value("${dmhub.insights.min-group-size:${dmhub.benchmark.min-group-size:10}}") int k,
            @Value("${dmhub.cache.time-to-live:PT30S}") java.time.Duration timeToLive) {
        this.facts = facts;
        this.companies = companies;
        this.questionnaires = questionnaires;
        this.tables = tables;
        this.messages = messages;
        this.k = k;
        this.scopes = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(10_000)
                .build();
    }

    public int minGroupSize() {
        return k;
    }

    /**
     * The report {@code person} may see for the query, its heat map in the query's order; a bad
     * query names each field and problem.
     */
    public InsightReport report(CurrentPerson person, Query query, java.util.Locale locale) {
        Set<UUID> allowed = scopeOf(person).companies();
        return facts.read(table -> {
            InsightFilter filter = filter(query, table::holdsRegion);
            return HeatMapOrder.parse(query.order()).sort(InsightEngine.run(table, filter, allowed, k), locale);
        });
    }

    /** Whose companies {@code person}'s reports cover. */
    public InsightReport.Population population(CurrentPerson person) {
        return scopeOf(person).companies() == null
                ? InsightReport.Population.ALL_COMPANIES
                : InsightReport.Population.CLIENTS;
    }

    private Scope scopeOf(CurrentPerson person) {
        return scopes.get(person.id(), id -> scope(person));
    }

    /** The report {@code person} may see for the query, as a download in the reader's language. */
    public org.springframework.http.ResponseEntity<byte[]> export(
            CurrentPerson person, Query query, Format format, java.util.Locale locale) {
        var shown = tables.of(report(person, query, locale), locale);
        String suppressed = messages.getMessage("insights.suppressed", null, locale);
        return format == Format.CSV
                ? Exports.download(Exports.csv(shown, suppressed), Exports.CSV, "insights.csv")
                : Exports.download(Exports.xlsx(shown, suppressed), Exports.XLSX, "insights.xlsx");
    }

    /** Whose data a person may analyse: {@code companies} is {@code null} for everyone. */
    private record Scope(Set<UUID> companies) {}

    private Scope scope(CurrentPerson person) {
        Set<CompanyId> scope = companies.analysableBy(person);
        if (scope == null) {
            return new Scope(null);
        }
        return new Scope(scope.stream().map(CompanyId::value).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Parses and checks a query: every problem at once, each naming its field. A region must be
     * one that some company of the hub gives ({@code knownRegion}), so that a word such as “Tartu”,
     * which looks like a NUTS code, is refused instead of silently matching nothing.
     */
    InsightFilter filter(Query query, Predicate<String> knownRegion) {
        var problems = new ArrayList<InvalidInput.Problem>();
        String model = blank(query.model()) ? DEFAULT_MODEL : query.model().trim();
        if (questionnaires.latest(model, Language.ENGLISH).isEmpty()) {
            problems.add(InvalidInput.Problem.of("model", "error.model.unknown", model));
        }
        String country = null;
        if (!blank(query.country())) {
            CountryCode code = CountryCode.parse(query.country());
            if (code == null) {
                problems.add(InvalidInput.Problem.of("country", "error.insights.country", query.country()));
            } else {
                country = code.code();
            }
        }
        String region = null;
        if (!blank(query.region())) {
            NutsRegion nuts = NutsRegion.parse(query.region());
            if (nuts == null) {
                problems.add(InvalidInput.Problem.of("region", "error.insights.region", query.region()));
            } else if (country != null && !nuts.belongsTo(new CountryCode(country))) {
                problems.add(InvalidInput.Problem.of("region", "error.insights.region-country", nuts.code(), country));
            } else if (!knownRegion.test(nuts.code())) {
                problems.add(InvalidInput.Problem.of("region", "error.insights.region-unknown", query.region()));
            } else {
                region = nuts.code();
            }
        }
        String section = null;
        if (!blank(query.sector())) {
            String text = query.sector().trim().toUpperCase(java.util.Locale.ROOT);
            if (!NaceSector.sections().contains(text)) {
                problems.add(InvalidInput.Problem.of("sector", "error.insights.sector", query.sector()));
            } else {
                section = text;
            }
        }
        SizeClass size = null;
        if (!blank(query.size())) {
            size = SizeClass.parse(query.size());
            if (size == null) {
                problems.add(InvalidInput.Problem.of("size", "error.insights.size", query.size()));
            }
        }
        Quarter from = quarter("from", query.from(), problems);
        Quarter to = quarter("to", query.to(), problems);
        if (from != null && to != null && from.compareTo(to) > 0) {
            problems.add(InvalidInput.Problem.of("to", "error.insights.period", from, to));
        }
        if (HeatMapOrder.parse(query.order()) == null) {
            problems.add(InvalidInput.Problem.of("order", "error.insights.order", query.order()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new InsightFilter(model, country, region, section, size, from, to);
    }

    private static Quarter quarter(String field, String text, List<InvalidInput.Problem> problems) {
        if (blank(text)) {
            return null;
        }
        Quarter quarter = Quarter.parse(text);
        if (quarter == null) {
            problems.add(InvalidInput.Problem.of(field, "error.insights.quarter", text));
        }
        return quarter;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
