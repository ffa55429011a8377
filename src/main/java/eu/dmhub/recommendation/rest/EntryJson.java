package eu.dmhub.recommendation.rest;

import eu.dmhub.recommendation.application.CatalogueEditing.Listed;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.SizeClass;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry on the wire: its fields with the option names of the files, where it comes
 * from, its latest revision (0 as in the files) and its YAML, which is what PUT takes back. The
 * file's {@code source} (where the facts were checked) is {@code factsSource} here, because
 * {@code source} already says where the entry comes from.
 */
record EntryJson(
        String id,
        String type,
        Map<String, String> title,
        Map<String, String> description,
        List<String> dimensions,
        Maturity maturity,
        List<String> sectors,
        List<String> countries,
        List<String> sizes,
        int effortDays,
        String cost,
        Map<String, String> provider,
        List<String> languages,
        @Nullable String link,
        @Nullable String factsSource,
        @Nullable LocalDate checked,
        boolean example,
        boolean withdrawn,

        @Schema(allowableValues = {"shipped", "edited", "added"})
        String source,

        int revision,
        @Nullable Instant editedAt,
        String yaml) {

    record Maturity(String from, String to) {}

    static EntryJson of(Listed listed, String yaml) {
        CatalogueEntry e = listed.entry();
        return new EntryJson(
                e.id(),
                key(e.type()),
                e.title(),
                e.description(),
                e.dimensions(),
                new Maturity(e.fromLevel(), e.toLevel()),
                e.sectors().stream().sorted().toList(),
                e.countries().stream().sorted().toList(),
                e.sizes().stream().sorted().map(SizeClass::name).toList(),
                e.effortDays(),
                key(e.cost()),
                e.provider(),
                e.languages(),
                e.link(),
                e.source(),
                e.checked(),
                e.example(),
                listed.withdrawn(),
                key(listed.source()),
                listed.number(),
                listed.revision() == null ? null : listed.revision().editedAt(),
                yaml);
    }

    private static String key(Enum<?> option) {
        return option.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
