package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueStore.Revision;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.SizeClass;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the catalogue's administration pages: the choices the form offers (from the dma
 * model's and the platform's vocabularies, in the administrator's language), problems in words,
 * and an entry's history.
 */
@Component
class CatalogueAdminWords {

    /** One line of an entry's history. */
    record Change(int revision, String editedBy, String editedAt, boolean withdrawn) {}

    /** Fields whose value is a text per language: their problems are named by field and language. */
    private static final Set<String> TEXTS = Set.of("title", "description", "provider");

    /** The form's words for the editing rules' problems, which the YAML view words for a text. */
    private static final Map<String, String> FORM_WORDS = Map.of(
            "error.catalogue.id-taken", "catalogue.form.error.id-taken",
            "error.catalogue.id-reserved", "catalogue.form.error.id-reserved",
            "error.catalogue.id-mismatch", "catalogue.form.error.id-mismatch",
            "error.catalogue.edited-meanwhile", "catalogue.form.error.edited-meanwhile");

    private final CatalogueEditing editing;
    private final Questionnaires questionnaires;
    private final EntryWords words;
    private final MessageSource messages;

    CatalogueAdminWords(
            CatalogueEditing editing, Questionnaires questionnaires, EntryWords words, MessageSource messages) {
        this.editing = editing;
        this.questionnaires = questionnaires;
        this.words = words;
        this.messages = messages;
    }

    /** The languages an entry's texts are written in, each named in the reader's language. */
    List<Choice> languages(Locale locale) {
        return editing.vocabulary().languages().stream()
                .map(l -> new Choice(l, language(l, locale)))
                .toList();
    }

    List<Choice> types(Locale locale) {
        return Arrays.stream(CatalogueEntry.Type.values())
                .map(t -> new Choice(EntryWords.key(t), message("toolbox.type." + EntryWords.key(t), locale)))
                .toList();
    }

    List<Choice> dimensions(Locale locale) {
        var titles = words.dimensionTitles(locale);
        return editing.vocabulary().dimensions().stream()
                .map(d -> new Choice(d, titles.getOrDefault(d, d)))
                .toList();
    }

    List<Choice> levels(Locale locale) {
        return editing.vocabulary().levels().stream()
                .map(l -> new Choice(l, message("toolbox.level." + l, locale)))
                .toList();
    }

    /** The dii model's indicators as “id – question”, in the reader's language. */
    List<Choice> indicators(Locale locale) {
        Language language = Language.of(locale);
        var texts = questionnaires
                .latest(Catalogue.INDICATOR_MODEL, language)
                .map(dii -> questionnaires.indicators(Catalogue.INDICATOR_MODEL, dii.version(), language))
                .orElse(List.of())
                .stream()
                .collect(Collectors.toMap(Questionnaires.Indicator::id, Questionnaires.Indicator::text));
        return editing.vocabulary().indicators().stream()
                .map(i -> new Choice(i, i + " – " + texts.getOrDefault(i, i)))
                .toList();
    }

    List<Choice> sectors(Locale locale) {
        return Choice.sectors(s -> message("nace.section." + s, locale));
    }

    List<Choice> countries(Locale locale) {
        return Choice.countries(locale);
    }

    List<Choice> sizes(Locale locale) {
        return Arrays.stream(SizeClass.values())
                .map(s ->
                        new Choice(s.name(), message("company.size." + s.name().toLowerCase(Locale.ROOT), locale)))
                .toList();
    }

    List<Choice> costs(Locale locale) {
        return Arrays.stream(CatalogueEntry.Cost.values())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .map(c -> new Choice(c, message("toolbox.cost." + c, locale)))
                .toList();
    }

    /** Problems of the YAML view: each in the words of its message, naming entry and place. */
    List<String> words(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> words(p, locale)).toList();
    }

    /**
     * Problems of the form, each beside the field it is about, in words that name the field (and,
     * for a text, the language); a place the form has no words for keeps the parser's.
     */
    FieldProblems forForm(List<Problem> problems, Locale locale) {
        var found = new FieldProblems.Builder();
        for (Problem p : problems) {
            String field = field(p.field());
            found.add(field, anchor(field), formWords(p, field, locale));
        }
        return found.build();
    }

    List<Change> history(String id) {
        return editing.history(id).stream()
                .map(r -> new Change(r.number(), r.editorName(), when(r.editedAt()), r.withdrawn()))
                .toList();
    }

    static String when(Instant instant) {
        return LocalFormats.dateTime(LocaleContextHolder.getLocale()).format(instant);
    }

    static String when(Revision revision) {
        return revision == null ? "" : when(revision.editedAt());
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String formWords(Problem p, String field, Locale locale) {
        boolean parsers = p.messageKey().startsWith("error.catalogue.problem");
        String key = parsers
                ? "catalogue.form.error." + base(field).replace('.', '-')
                : FORM_WORDS.getOrDefault(p.messageKey(), p.messageKey());
        Object[] arguments = parsers
                ? new Object[] {
                    TEXTS.contains(base(field)) ? language(field.substring(field.indexOf('.') + 1), locale) : ""
                }
                : p.arguments().toArray();
        String words = messages.getMessage(key, arguments, null, locale);
        return words != null ? words : words(p, locale);
    }

    private String words(Problem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments().toArray(), locale);
    }

    /** The form field a problem's place is about: a whole text is its English one, the text body its id. */
    private static String field(String place) {
        if (TEXTS.contains(place)) {
            return place + ".en";
        }
        return place.equals("body") ? "id" : place;
    }

    private static String base(String field) {
        int dot = field.indexOf('.');
        return dot < 0 || !TEXTS.contains(field.substring(0, dot)) ? field : field.substring(0, dot);
    }

    /** The id of the input a problem leads to: a group of choices leads to its first. */
    private String anchor(String field) {
        return switch (field) {
            case "dimensions" ->
                "dimensions-" + editing.vocabulary().dimensions().get(0);
            case "sectors" -> "sectors-" + NaceSector.sections().get(0);
            case "countries" -> "countries-" + CountryCode.REGION.get(0).code();
            case "sizes" -> "sizes-" + SizeClass.values()[0].name();
            case "indicators" ->
                "indicators-" + editing.vocabulary().indicators().get(0);
            case "languages" -> "languages-" + editing.vocabulary().languages().get(0);
            case "maturity" -> "maturity-from";
            case "basedOn" -> "save";
            default -> field.replace('.', '-');
        };
    }

    private static String language(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }
}
