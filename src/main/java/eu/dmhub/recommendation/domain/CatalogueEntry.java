package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.SizeClass;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the recommendation catalogue. Texts are by language code ({@code en} always
 * present); an empty {@code sectors}, {@code countries} or {@code sizes} means “all”. The maturity
 * range is given by level ids of the dma model, {@code fromLevel} up to {@code toLevel};
 * {@code indicators} names the dii indicators (question ids of the dii model) the entry helps a
 * company meet, in the order the entry lists them (empty: it serves dma results only).
 */
public record CatalogueEntry(
        String id,
        Type type,
        Map<String, String> title,
        Map<String, String> description,
        List<String> dimensions,
        String fromLevel,
        String toLevel,
        List<String> indicators,
        Set<String> sectors,
        Set<String> countries,
        Set<SizeClass> sizes,
        int effortDays,
        Cost cost,
        Map<String, String> provider,
        String link,
        boolean example) {

    /** What kind of help an entry is. */
    public enum Type {
        TRAINING,
        GOOD_PRACTICE,
        TOOL,
        DIH_SERVICE,
        SUPPORT_PROGRAMME,
        PEER_EXAMPLE
    }

    /** What it costs a company, roughly. */
    public enum Cost {
        FREE,
        LOW,
        MEDIUM,
        HIGH
    }

    /** The title in a language, or in English when the entry has none in it (see {@link #inEnglishOnly}). */
    public String title(String language) {
        return title.getOrDefault(language, title.get("en"));
    }

    /** The description in a language, or in English when the entry has none in it. */
    public String description(String language) {
        return description.getOrDefault(language, description.get("en"));
    }

    /**
     * Who provides it, in a language: a name (given as one text in the file) reads the same in
     * every language; a description such as “your regional Digital Innovation Hub” is translated.
     */
    public String provider(String language) {
        return provider.getOrDefault(language, provider.get("en"));
    }

    /** Whether a reader of {@code language} gets the English text (and a note saying so). */
    public boolean inEnglishOnly(String language) {
        return !title.containsKey(language);
    }

    public CatalogueEntry {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        provider = Map.copyOf(provider);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        sectors = Set.copyOf(sectors);
        countries = Set.copyOf(countries);
        sizes = Set.copyOf(sizes);
    }
}
