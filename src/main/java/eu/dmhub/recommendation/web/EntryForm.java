package eu.dmhub.recommendation.web;

import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The catalogue entry form's fields as typed (so that a refused save shows them again), and the
 * entry they make in the files' format, which the catalogue's parser checks as it checks a file.
 * Texts are by language code; a provider given in English only is a name, the same in every
 * language.
 */
record EntryForm(
        String id,
        String type,
        Map<String, String> title,
        Map<String, String> description,
        Map<String, String> provider,
        List<String> dimensions,
        String from,
        String to,
        List<String> indicators,
        List<String> sectors,
        List<String> countries,
        List<String> sizes,
        String effortDays,
        String cost,
        List<String> languages,
        String otherLanguages,
        String link,
        String source,
        String checked,
        boolean example,
        boolean withdrawn) {

    static EntryForm blank() {
        return new EntryForm(
                "", "", Map.of(), Map.of(), Map.of(), List.of(), "", "", List.of(), List.of(), List.of(), List.of(), "",
                "", List.of(), "", "", "", "", false, false);
    }

    /**
     * An entry as it is in effect, through the same tree a file's author would write; the offer's
     * languages that are not among {@code platformLanguages} are given as typed codes.
     */
    @SuppressWarnings("unchecked")
    static EntryForm of(CatalogueEntry entry, boolean withdrawn, List<String> platformLanguages) {
        Map<String, Object> tree = CatalogueWriter.tree(entry);
        Object provider = tree.get("provider");
        Map<String, String> maturity = (Map<String, String>) tree.get("maturity");
        return new EntryForm(
                entry.id(),
                (String) tree.get("type"),
                entry.title(),
                entry.description(),
                provider instanceof String name ? Map.of("en", name) : entry.provider(),
                entry.dimensions(),
                maturity.get("from"),
                maturity.get("to"),
                entry.indicators(),
                (List<String>) tree.getOrDefault("sectors", List.of()),
                (List<String>) tree.getOrDefault("countries", List.of()),
                (List<String>) tree.getOrDefault("sizes", List.of()),
                String.valueOf(entry.effortDays()),
                (String) tree.get("cost"),
                entry.languages().stream().filter(platformLanguages::contains).toList(),
                entry.languages().stream()
                        .filter(l -> !platformLanguages.contains(l))
                        .collect(Collectors.joining(", ")),
                entry.link() == null ? "" : entry.link(),
                entry.source() == null ? "" : entry.source(),
                entry.checked() == null ? "" : entry.checked().toString(),
                entry.example(),
                withdrawn);
    }

    /** The fields as posted: {@code title.et}, {@code dimensions} (once per choice) and so on. */
    static EntryForm posted(String id, MultiValueMap<String, String> fields, List<String> languages) {
        return new EntryForm(
                id != null ? id : one(fields, "id"),
                one(fields, "type"),
                texts(fields, "title", languages),
                texts(fields, "description", languages),
                texts(fields, "provider", languages),
                all(fields, "dimensions"),
                one(fields, "maturity.from"),
                one(fields, "maturity.to"),
                all(fields, "indicators"),
                all(fields, "sectors"),
                all(fields, "countries"),
                all(fields, "sizes"),
                one(fields, "effort-days"),
                one(fields, "cost"),
                all(fields, "languages"),
                one(fields, "languages-other"),
                one(fields, "link"),
                one(fields, "source"),
                one(fields, "checked"),
                fields.containsKey("example"),
                fields.containsKey("withdrawn"));
    }

    public String text(String field, String language) {
        Map<String, String> texts =
                switch (field) {
                    case "title" -> title;
                    case "description" -> description;
                    default -> provider;
                };
        return texts.getOrDefault(language, "");
    }

    /**
     * The entry in the files' format, keys in the files' order. Every language of a text is given,
     * an empty one as an empty text, so that the parser names the language that lacks it; choices
     * left empty say “all” by leaving their key out, as the files do.
     */
    Map<String, Object> entry(List<String> languages) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("id", id);
        tree.put("type", type);
        tree.put("title", every(title, languages));
        tree.put("description", every(description, languages));
        tree.put("dimensions", dimensions);
        var maturity = new LinkedHashMap<String, Object>();
        maturity.put("from", from.isEmpty() ? null : from);
        maturity.put("to", to.isEmpty() ? null : to);
        tree.put("maturity", maturity);
        putUnlessEmpty(tree, "indicators", indicators);
        putUnlessEmpty(tree, "sectors", sectors);
        putUnlessEmpty(tree, "countries", countries);
        putUnlessEmpty(tree, "sizes", sizes);
        tree.put("effort-days", days());
        tree.put("cost", cost);
        tree.put("provider", provider(languages));
        putUnlessEmpty(tree, "languages", offeredIn());
        putUnlessEmpty(tree, "link", link);
        putUnlessEmpty(tree, "source", source);
        putUnlessEmpty(tree, "checked", checked);
        if (example) {
            tree.put("example", true);
        }
        return tree;
    }

    /** The languages ticked, then the codes typed (separated by commas or spaces), each once. */
    private List<String> offeredIn() {
        var codes = new LinkedHashSet<>(languages);
        Arrays.stream(otherLanguages.split("[,;\\s]+"))
                .filter(c -> !c.isEmpty())
                .forEach(codes::add);
        return List.copyOf(codes);
    }

    /** A whole number as a number; anything else as typed, for the parser to refuse in its words. */
    private Object days() {
        try {
            return Integer.valueOf(effortDays);
        } catch (NumberFormatException e) {
            return effortDays;
        }
    }

    /** Only English given: a name; nothing: an empty name; otherwise a text per language. */
    private Object provider(List<String> languages) {
        String english = provider.getOrDefault("en", "");
        boolean othersEmpty = provider.entrySet().stream()
                .allMatch(e -> e.getKey().equals("en") || e.getValue().isEmpty());
        return othersEmpty ? english : every(provider, languages);
    }

    private static Map<String, String> every(Map<String, String> texts, List<String> languages) {
        var every = new LinkedHashMap<String, String>();
        languages.forEach(l -> every.put(l, texts.getOrDefault(l, "")));
        return every;
    }

    private static void putUnlessEmpty(Map<String, Object> tree, String key, List<String> values) {
        if (!values.isEmpty()) {
            tree.put(key, values);
        }
    }

    private static void putUnlessEmpty(Map<String, Object> tree, String key, String value) {
        if (!value.isEmpty()) {
            tree.put(key, value);
        }
    }

    private static Map<String, String> texts(
            MultiValueMap<String, String> fields, String name, List<String> languages) {
        var texts = new LinkedHashMap<String, String>();
        languages.forEach(l -> texts.put(l, one(fields, name + "." + l)));
        return texts;
    }

    private static String one(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> all(MultiValueMap<String, String> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
