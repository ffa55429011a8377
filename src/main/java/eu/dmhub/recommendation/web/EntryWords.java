package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
            String countries,
            String languages,
            String link,
            String source,
            String checked,
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
                countries(e, locale),
                languages(e, locale),
                e.link(),
                e.source(),
                e.checked() == null ? null : LocalFormats.date(locale).format(e.checked()),
                e.example());
    }

    /** The countries it is for, named in the reader's language, or the whole region. */
    private String countries(CatalogueEntry e, Locale locale) {
        if (e.countries().isEmpty()) {
            return message("toolbox.countries.all", locale);
        }
        return e.countries().stream()
                .map(c -> new CountryCode(c).displayName(locale))
                .sorted(Collator.getInstance(locale))
                .collect(Collectors.joining(", "));
    }

    /** The languages the offer is given in, named in the reader's language; {@code null} when not stated. */
    private static String languages(CatalogueEntry e, Locale locale) {
        if (e.languages().isEmpty()) {
            return null;
        }
        return e.languages().stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "));
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
