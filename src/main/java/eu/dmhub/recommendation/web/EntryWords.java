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
        String levels =
                message("toolbox.maturity.range", locale, level(e.fromLevel(), locale), level(e.toLevel(), locale));
        return new Shown(
                e.id(),
                type(e, locale),
                e.title(language),
                e.description(language),
                e.inEnglishOnly(language),
                e.dimensions().stream().map(d -> dimensions.getOrDefault(d, d)).toList(),
                levels,
                effort(e, locale),
                cost(e, locale),
                e.provider(language),
                e.link(),
                e.example());
    }

    /** The entry's kind, e.g. “Training”. */
    String type(CatalogueEntry e, Locale locale) {
        return message("toolbox.type." + key(e.type()), locale);
    }

    /** The effort in words, e.g. “5 days”. */
    String effort(CatalogueEntry e, Locale locale) {
        return message("toolbox.effort.days", locale, e.effortDays());
    }

    /** The cost band in words, e.g. “Low”. */
    String cost(CatalogueEntry e, Locale locale) {
        return message("toolbox.cost." + e.cost().name().toLowerCase(Locale.ROOT), locale);
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
