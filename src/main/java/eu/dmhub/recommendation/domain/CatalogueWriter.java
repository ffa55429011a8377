package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.SizeClass;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inverse of {@link CatalogueParser} for one entry: the tree of maps, lists and scalars that
 * the parser reads back as the same entry, with the keys in the order of docs/catalogue.md and
 * optional keys left out when they say nothing, so that an administrator edits what an author of
 * the files would write.
 */
public final class CatalogueWriter {

    private CatalogueWriter() {}

    public static Map<String, Object> tree(CatalogueEntry entry) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("id", entry.id());
        tree.put("type", key(entry.type()));
        tree.put("title", texts(entry.title()));
        tree.put("description", texts(entry.description()));
        tree.put("dimensions", entry.dimensions());
        var maturity = new LinkedHashMap<String, Object>();
        maturity.put("from", entry.fromLevel());
        maturity.put("to", entry.toLevel());
        tree.put("maturity", maturity);
        if (!entry.indicators().isEmpty()) {
            tree.put("indicators", entry.indicators());
        }
        if (!entry.sectors().isEmpty()) {
            tree.put("sectors", entry.sectors().stream().sorted().toList());
        }
        if (!entry.countries().isEmpty()) {
            tree.put("countries", entry.countries().stream().sorted().toList());
        }
        if (!entry.sizes().isEmpty()) {
            tree.put(
                    "sizes",
                    entry.sizes().stream().sorted().map(SizeClass::name).toList());
        }
        tree.put("effort-days", entry.effortDays());
        tree.put("cost", key(entry.cost()));
        tree.put("provider", entry.provider().size() == 1 ? entry.provider().get("en") : texts(entry.provider()));
        if (!entry.languages().isEmpty()) {
            tree.put("languages", entry.languages());
        }
        if (entry.link() != null) {
            tree.put("link", entry.link());
        }
        if (entry.source() != null) {
            tree.put("source", entry.source());
        }
        if (entry.checked() != null) {
            tree.put("checked", entry.checked().toString());
        }
        if (entry.example()) {
            tree.put("example", true);
        }
        return tree;
    }

    /** English first, then the other languages by code. */
    private static Map<String, String> texts(Map<String, String> byLanguage) {
        var texts = new LinkedHashMap<String, String>();
        List<String> languages = byLanguage.keySet().stream()
                .sorted(Comparator.comparing((String l) -> !l.equals("en")).thenComparing(l -> l))
                .toList();
        languages.forEach(l -> texts.put(l, byLanguage.get(l)));
        return texts;
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
