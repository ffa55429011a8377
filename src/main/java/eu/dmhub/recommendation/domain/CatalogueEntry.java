package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.SizeClass;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the recommendation catalogue. Texts are by language code ({@code en} always
 * present); an empty {@code sectors}, {@code countries} or {@code sizes} means “all”. The maturity
 * range is given by level ids of the dma model, {@code fromLevel} up to {@code toLevel};
 * {@code languages} are the ISO 639-1 codes of the languages the offer itself is given in (empty:
 * not stated, as for our own advice and examples, which are texts in every language of the
 * platform); {@code source} is where its facts were checked, on {@code checked}.
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
        List<String> languages,
        String link,
        String source,
        LocalDate checked,
        boolean example) {

    /** The provider of the platform's own advice: neither an example nor an offer of somebody else. */
    public static final String OWN_PROVIDER = "Digital Maturity Hub";

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

    /** Whether the entry is the platform's own advice rather than an offer of a named provider. */
    public boolean ownAdvice() {
        return !example && provider.size() == 1 && OWN_PROVIDER.equals(provider.get("en"));
    }

    /** Whether it names a real offer: not an example and not our own advice, so it links to the offer. */
    public boolean realOffer() {
        return !example && !ownAdvice();
    }

    /** Whether the offer is given in {@code language}; an entry that states no languages is. */
    public boolean offeredIn(String language) {
        return languages.isEmpty() || languages.contains(language);
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
        languages = List.copyOf(languages);
        indicators = List.copyOf(indicators);
        sectors = Set.copyOf(sectors);
        countries = Set.copyOf(countries);
        sizes = Set.copyOf(sizes);
    }
}
