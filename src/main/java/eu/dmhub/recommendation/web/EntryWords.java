package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Catalogue entries in the reader's words, for the toolbox, the recommendations and the plan. */
@Component
class EntryWords {

    /** An entry as the pages show it, in the reader's language (English, marked, when missing). */
    record Shown(
            String id,
            String type,
            String title,
            String description,
            boolean english,
            List<String> dimensions,
            String maturity,
            String effort,
            String cost,
            String provider,
            String link,
            boolean example) {}

    private final Questionnaires questionnaires;
    private final MessageSource messages;

    EntryWords(Questionnaires questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    Shown shown(CatalogueEntry e, Map<String, String> dimensions, Locale locale) {
        String language = locale.getLanguage();
        boolean translated = e.title().containsKey(language);
        String levels =
                message("toolbox.maturity.range", locale, level(e.fromLevel(), locale), level(e.toLevel(), locale));
        return new Shown(
                e.id(),
                message("toolbox.type." + key(e.type()), locale),
                e.title().getOrDefault(language, e.title().get("en")),
                e.description().getOrDefault(language, e.description().get("en")),
                !translated,
                e.dimensions().stream().map(d -> dimensions.getOrDefault(d, d)).toList(),
                levels,
                message("toolbox.effort.days", locale, e.effortDays()),
                message("toolbox.cost." + e.cost().name().toLowerCase(Locale.ROOT), locale),
                e.provider(),
                e.link(),
                e.example());
    }

    private String level(String id, Locale locale) {
        return message("toolbox.level." + id, locale);
    }

    Map<String, String> dimensionTitles(Locale locale) {
        Language language = Language.of(locale);
        int version =
                questionnaires.latest(Catalogue.MODEL, language).orElseThrow().version();
        return questionnaires.dimensionTitles(Catalogue.MODEL, version, language);
    }

    static String key(CatalogueEntry.Type type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
