package eu.dmhub.recommendation.web;

import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.LocalFormats;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Plan items in the reader's words: the entry's title, the dimension, the status and the date. */
@Component
class PlanRows {

    /** One item as pages show it; {@code targetDate} is formatted for the reader, {@code null} when unset. */
    record Row(PlanItem item, String title, String dimension, String status, String targetDate, boolean inCatalogue) {}

    private final Catalogue catalogue;
    private final EntryWords words;

    PlanRows(Catalogue catalogue, EntryWords words) {
        this.catalogue = catalogue;
        this.words = words;
    }

    List<Row> of(List<PlanItem> items, Locale locale) {
        Map<String, String> dimensions = words.dimensionTitles(locale);
        DateTimeFormatter date = LocalFormats.date(locale);
        return items.stream().map(item -> row(item, dimensions, date, locale)).toList();
    }

    Row row(PlanItem item, Map<String, String> dimensions, DateTimeFormatter date, Locale locale) {
        var entry = catalogue.find(item.entryId());
        String title = entry.map(e -> e.title(locale.getLanguage())).orElse(item.entryId());
        return new Row(
                item,
                title,
                dimensions.getOrDefault(item.dimension(), item.dimension()),
                words.message("plan.status." + item.status().key(), locale),
                item.targetDate() == null ? null : date.format(item.targetDate()),
                entry.isPresent());
    }
}
