package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NotFound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The catalogue as a public toolbox: filter by dimension, type, country, sector and language; every
 * entry has its own page. An entry fits a country or sector when it names it or names none, and a
 * language when the offer is given in it (or states no languages, as our own advice and examples,
 * which read in every language of the platform). With a country chosen, that country's own entries
 * come first, then the region-wide ones, each in catalogue order.
 */
@Service
public class Toolbox {

    /** The filter as typed (request parameters); blanks mean “all”. */
    public record Query(String dimension, String type, String country, String sector, String language) {}

    private final Catalogue catalogue;

    Toolbox(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The entries that fit the query; a bad value names its field. */
    public List<CatalogueEntry> find(Query query) {
        var problems = new ArrayList<InvalidInput.Problem>();
        String dimension = blank(query.dimension()) ? null : query.dimension().strip();
        if (dimension != null && !catalogue.vocabulary().dimensions().contains(dimension)) {
            problems.add(InvalidInput.Problem.of("dimension", "error.toolbox.dimension", dimension));
        }
        CatalogueEntry.Type type = null;
        if (!blank(query.type())) {
            try {
                type = CatalogueEntry.Type.valueOf(
                        query.type().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInput.Problem.of("type", "error.toolbox.type", query.type()));
            }
        }
        CountryCode country = blank(query.country()) ? null : CountryCode.parse(query.country());
        if (!blank(query.country()) && country == null) {
            problems.add(InvalidInput.Problem.of("country", "error.insights.country", query.country()));
        }
        String sector = blank(query.sector()) ? null : query.sector().strip().toUpperCase(Locale.ROOT);
        if (sector != null && !NaceSector.sections().contains(sector)) {
            problems.add(InvalidInput.Problem.of("sector", "error.insights.sector", query.sector()));
        }
        String language = blank(query.language()) ? null : query.language().strip();
        if (language != null
                && Language.SUPPORTED.stream().noneMatch(l -> l.code().equals(language))) {
            problems.add(InvalidInput.Problem.of("language", "error.toolbox.language", language));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CatalogueEntry.Type wanted = type;
        return catalogue.entries().stream()
                .filter(e -> dimension == null || e.dimensions().contains(dimension))
                .filter(e -> wanted == null || e.type() == wanted)
                .filter(e -> country == null
                        || e.countries().isEmpty()
                        || e.countries().contains(country.code()))
                .filter(e ->
                        sector == null || e.sectors().isEmpty() || e.sectors().contains(sector))
                .filter(e -> language == null || e.offeredIn(language))
                .sorted(Comparator.comparing(
                        (CatalogueEntry e) -> country == null || e.countries().isEmpty()))
                .toList();
    }

    public CatalogueEntry entry(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFound("error.toolbox.not-found"));
    }

    /** Whether the entry has been withdrawn: its page stays, for plans and links that name it. */
    public boolean withdrawn(String id) {
        return catalogue.withdrawn(id);
    }

    public List<String> dimensions() {
        return catalogue.vocabulary().dimensions();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
