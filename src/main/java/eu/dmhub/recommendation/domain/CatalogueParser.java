package eu.dmhub.recommendation.domain;

import eu.dmhub.recommendation.domain.CatalogueEntry.Cost;
import eu.dmhub.recommendation.domain.CatalogueEntry.Type;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.SizeClass;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds catalogue entries from a parsed catalogue file (maps, lists, strings, numbers) and checks
 * every rule of docs/catalogue.md, collecting all problems, each with the file, the entry's id and
 * the reason, so that an author fixes a file in one go.
 */
public final class CatalogueParser {

    /**
     * What entries may refer to: the dimensions and the maturity levels (in order) of the dma model,
     * the languages, and the indicator ids of the dii model.
     */
    public record Vocabulary(
            List<String> dimensions, List<String> levels, List<String> languages, List<String> indicators) {

        /** A vocabulary without dii indicators: entries may then name none. */
        public Vocabulary(List<String> dimensions, List<String> levels, List<String> languages) {
            this(dimensions, levels, languages, List.of());
        }
    }

    private static final String ID = "[a-z0-9][a-z0-9-]*";
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> TOP_KEYS = Set.of("catalogue", "version", "entries");
    private static final Set<String> ENTRY_KEYS = Set.of(
            "id",
            "type",
            "title",
            "description",
            "dimensions",
            "maturity",
            "indicators",
            "sectors",
            "countries",
            "sizes",
            "effort-days",
            "cost",
            "provider",
            "languages",
            "link",
            "source",
            "checked",
            "example");

    private final String file;
    private final Vocabulary vocabulary;
    private final List<InvalidCatalogue.Problem> problems = new ArrayList<>();
    private String entry = "";

    private CatalogueParser(String file, Vocabulary vocabulary) {
        this.file = file;
        this.vocabulary = vocabulary;
    }

    /** The entries, or {@link InvalidCatalogue} listing every problem found. */
    public static List<CatalogueEntry> parse(String file, Object tree, Vocabulary vocabulary) {
        var parser = new CatalogueParser(file, vocabulary);
        List<CatalogueEntry> entries = parser.catalogue(tree);
        if (!parser.problems.isEmpty()) {
            throw new InvalidCatalogue(parser.problems);
        }
        return entries;
    }

    /**
     * One entry on its own (as an administrator edits it in the app), by the same rules as an entry
     * in a file; {@code label} names the entry in problems until its id has been read.
     */
    public static CatalogueEntry parseEntry(String file, String label, Object tree, Vocabulary vocabulary) {
        var parser = new CatalogueParser(file, vocabulary);
        parser.entry = label;
        CatalogueEntry entry = parser.entry(tree, new HashSet<>());
        if (!parser.problems.isEmpty()) {
            throw new InvalidCatalogue(parser.problems);
        }
        return entry;
    }

    private List<CatalogueEntry> catalogue(Object tree) {
        if (!(tree instanceof Map<?, ?> root)) {
            problem("", "the file must be a mapping with catalogue, version and entries");
            return List.of();
        }
        root.keySet().stream()
                .filter(k -> !TOP_KEYS.contains(String.valueOf(k)))
                .forEach(k -> problem(String.valueOf(k), "unknown key"));
        if (!(root.get("catalogue") instanceof String name) || !name.matches(ID)) {
            problem("catalogue", "must be an id of lower-case letters, digits and hyphens");
        }
        if (!(root.get("version") instanceof Integer version) || version < 1) {
            problem("version", "must be a whole number from 1");
        }
        if (!(root.get("entries") instanceof List<?> list) || list.isEmpty()) {
            problem("entries", "must be a non-empty list");
            return List.of();
        }
        var entries = new ArrayList<CatalogueEntry>();
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            entry = "#" + (i + 1);
            CatalogueEntry parsed = entry(list.get(i), ids);
            if (parsed != null) {
                entries.add(parsed);
            }
        }
        entry = "";
        return entries;
    }

    /** One item of the entries list; {@code null} when it has problems. */
    private CatalogueEntry entry(Object item, Set<String> ids) {
        if (!(item instanceof Map<?, ?> raw)) {
            problem("", "must be a mapping");
            return null;
        }
        if (raw.get("id") instanceof String id && id.matches(ID)) {
            entry = id;
            if (!ids.add(id)) {
                problem("id", "is used by another entry");
            }
        } else {
            problem("id", "must be an id of lower-case letters, digits and hyphens");
        }
        return entry(raw);
    }

    private CatalogueEntry entry(Map<?, ?> raw) {
        int before = problems.size();
        raw.keySet().stream()
                .filter(k -> !ENTRY_KEYS.contains(String.valueOf(k)))
                .forEach(k -> problem(String.valueOf(k), "unknown key"));
        Type type = choice(raw.get("type"), "type", Type.class);
        Map<String, String> title = text(raw.get("title"), "title", 120);
        Map<String, String> description = text(raw.get("description"), "description", 1200);
        List<String> dimensions = strings(raw.get("dimensions"), "dimensions", false);
        dimensions.stream()
                .filter(d -> !vocabulary.dimensions().contains(d))
                .forEach(d ->
                        problem("dimensions", "unknown dimension " + d + " (known: " + vocabulary.dimensions() + ")"));
        String[] range = maturity(raw.get("maturity"));
        List<String> indicators = strings(raw.get("indicators"), "indicators", true);
        indicators.stream()
                .filter(i -> !vocabulary.indicators().contains(i))
                .forEach(i -> problem(
                        "indicators", "unknown dii indicator " + i + " (known: " + vocabulary.indicators() + ")"));
        if (indicators.size() != new HashSet<>(indicators).size()) {
            problem("indicators", "names an indicator twice");
        }
        Set<String> sectors = all(strings(raw.get("sectors"), "sectors", true));
        sectors.stream()
                .filter(s -> !NaceSector.sections().contains(s))
                .forEach(s -> problem("sectors", "unknown NACE section " + s));
        Set<String> countries = all(strings(raw.get("countries"), "countries", true));
        countries.stream()
                .filter(c -> CountryCode.parse(c) == null || !c.equals(c.toUpperCase(Locale.ROOT)))
                .forEach(c -> problem("countries", "unknown country code " + c));
        var sizes = new LinkedHashSet<SizeClass>();
        for (String size : all(strings(raw.get("sizes"), "sizes", true))) {
            SizeClass parsed = SizeClass.parse(size);
            if (parsed == null) {
                problem("sizes", "unknown size class " + size + " (MICRO, SMALL, MEDIUM, LARGE)");
            } else {
                sizes.add(parsed);
            }
        }
        int effort = raw.get("effort-days") instanceof Integer days ? days : -1;
        if (effort < 1 || effort > 365) {
            problem("effort-days", "must be a whole number of days from 1 to 365");
        }
        Cost cost = choice(raw.get("cost"), "cost", Cost.class);
        Map<String, String> provider = provider(raw.get("provider"));
        List<String> languages = languages(raw.get("languages"));
        String link = https(raw.get("link"), "link");
        String source = https(raw.get("source"), "source");
        LocalDate checked = date(raw.get("checked"));
        Object example = raw.get("example");
        if (example != null && !(example instanceof Boolean)) {
            problem("example", "must be true or false");
        }
        if (problems.size() == before) {
            provenance(raw, Boolean.TRUE.equals(example), provider);
        }
        if (problems.size() > before) {
            return null;
        }
        return new CatalogueEntry(
                entry,
                type,
                title,
                description,
                dimensions,
                range[0],
                range[1],
                indicators,
                sectors,
                countries,
                sizes,
                effort,
                cost,
                provider,
                languages,
                link,
                source,
                checked,
                Boolean.TRUE.equals(example));
    }

    /**
     * An entry names a real offer unless it is an example or our own advice: then it says who gives
     * it (a name), in which languages, links to it, and says where and when its facts were checked.
     * An example names nothing real, so it links nowhere.
     */
    private void provenance(Map<?, ?> raw, boolean example, Map<String, String> provider) {
        if (example) {
            if (raw.get("link") != null) {
                problem("link", "an example names no real offer, so it must not link to one");
            }
            return;
        }
        if (provider.size() == 1 && CatalogueEntry.OWN_PROVIDER.equals(provider.get("en"))) {
            return;
        }
        String real = "a real offer (neither an example nor advice of " + CatalogueEntry.OWN_PROVIDER + ") ";
        if (provider.size() != 1) {
            problem("provider", real + "names its provider: one text, not a description per language");
        }
        if (raw.get("languages") == null) {
            problem("languages", "is required: " + real + "says the languages it is given in (ISO 639-1 codes)");
        }
        if (raw.get("link") == null) {
            problem("link", "is required: " + real + "links to the offer (https)");
        }
        if (raw.get("source") == null) {
            problem("source", "is required: " + real + "gives the https address where its facts were checked");
        }
        if (raw.get("checked") == null) {
            problem("checked", "is required: " + real + "gives the date its facts were checked (YYYY-MM-DD)");
        }
    }

    /** ISO 639-1 codes, in the order given, each once; left out when not stated. */
    private List<String> languages(Object value) {
        var languages = new LinkedHashSet<String>();
        for (String code : strings(value, "languages", true)) {
            if (code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
                problem("languages", "unknown language code " + code + " (ISO 639-1, lower case, e.g. et)");
            } else {
                languages.add(code);
            }
        }
        return List.copyOf(languages);
    }

    private LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problem("checked", "must be a date written YYYY-MM-DD, not " + value);
            return null;
        }
    }

    private String[] maturity(Object value) {
        if (!(value instanceof Map<?, ?> range)
                || !(range.get("from") instanceof String from)
                || !(range.get("to") instanceof String to)) {
            problem("maturity", "must give from and to, each a level of " + vocabulary.levels());
            return new String[2];
        }
        int low = vocabulary.levels().indexOf(from);
        int high = vocabulary.levels().indexOf(to);
        if (low < 0) {
            problem("maturity.from", "unknown level " + from + " (known: " + vocabulary.levels() + ")");
        }
        if (high < 0) {
            problem("maturity.to", "unknown level " + to + " (known: " + vocabulary.levels() + ")");
        }
        if (low >= 0 && high >= 0 && low > high) {
            problem("maturity", "from " + from + " lies above to " + to);
        }
        return new String[] {from, to};
    }

    /** A name (one text, the same in every language) or a description per language. */
    private Map<String, String> provider(Object value) {
        if (value instanceof String name && !name.isBlank()) {
            return Map.of("en", name.strip());
        }
        if (value instanceof Map<?, ?>) {
            return text(value, "provider", 120);
        }
        problem("provider", "is required: a name, or a description per language: " + vocabulary.languages());
        return Map.of();
    }

    private Map<String, String> text(Object value, String path, int maxLength) {
        var text = new LinkedHashMap<String, String>();
        if (!(value instanceof Map<?, ?> translations)) {
            problem(path, "must give the text per language: " + vocabulary.languages());
            return text;
        }
        translations.forEach((language, words) -> {
            if (!(words instanceof String s) || s.isBlank()) {
                problem(path + "." + language, "must be a non-empty text");
            } else if (s.length() > maxLength) {
                problem(path + "." + language, "is longer than " + maxLength + " characters");
            } else {
                text.put(String.valueOf(language), s.strip());
            }
        });
        vocabulary.languages().stream()
                .filter(l -> !translations.containsKey(l))
                .forEach(l -> problem(path, "missing translation for '" + l + "'"));
        return text;
    }

    private List<String> strings(Object value, String path, boolean optional) {
        if (value == null && optional) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problem(path, optional ? "must be a non-empty list, or left out for all" : "must be a non-empty list");
            return List.of();
        }
        var strings = new ArrayList<String>();
        for (Object item : list) {
            if (item instanceof String s) {
                strings.add(s.strip());
            } else {
                problem(path, "must list texts, not " + item);
            }
        }
        return strings;
    }

    /** “all” (alone) means no restriction. */
    private Set<String> all(List<String> values) {
        return values.size() == 1 && values.get(0).equals("all") ? Set.of() : new LinkedHashSet<>(values);
    }

    private <E extends Enum<E>> E choice(Object value, String path, Class<E> type) {
        String text =
                value instanceof String s ? s.strip().toUpperCase(Locale.ROOT).replace('-', '_') : "";
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(text)) {
                return option;
            }
        }
        var options = new ArrayList<String>();
        for (E option : type.getEnumConstants()) {
            options.add(option.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        problem(path, "must be one of " + options);
        return null;
    }

    private String https(Object value, String path) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(String.valueOf(value));
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problem(path, "must be an https address");
        return null;
    }

    private void problem(String path, String message) {
        problems.add(new InvalidCatalogue.Problem(file, entry, path, message));
    }
}
