package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.application.Toolbox;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The public toolbox: a filter form that works without JavaScript, a list and a page per entry. */
@Controller
class ToolboxPages {

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

    private final Toolbox toolbox;
    private final Questionnaires questionnaires;
    private final MessageSource messages;

    ToolboxPages(Toolbox toolbox, Questionnaires questionnaires, MessageSource messages) {
        this.toolbox = toolbox;
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping("/toolbox")
    String list(
            @ModelAttribute("query") Toolbox.Query query, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> dimensions = dimensionTitles(locale);
        model.addAttribute(
                "dimensions",
                dimensions.entrySet().stream()
                        .map(d -> new Choice(d.getKey(), d.getValue()))
                        .toList());
        model.addAttribute(
                "types",
                Arrays.stream(CatalogueEntry.Type.values())
                        .map(t -> new Choice(key(t), message("toolbox.type." + key(t), locale)))
                        .toList());
        model.addAttribute("countries", Choice.countries(locale));
        model.addAttribute("sectors", Choice.sectors(s -> message("nace.section." + s, locale)));
        model.addAttribute(
                "languageOptions",
                Language.SUPPORTED.stream()
                        .map(l -> new Choice(l.code(), message("language." + l.code(), locale)))
                        .toList());
        try {
            model.addAttribute(
                    "entries",
                    toolbox.find(query).stream()
                            .map(e -> shown(e, dimensions, locale))
                            .toList());
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("entries", List.of());
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "toolbox/list";
    }

    @GetMapping("/toolbox/{id}")
    String entry(@PathVariable String id, Model model, Locale locale) {
        model.addAttribute("entry", shown(toolbox.entry(id), dimensionTitles(locale), locale));
        model.addAttribute("withdrawn", toolbox.withdrawn(id));
        return "toolbox/entry";
    }

    private Shown shown(CatalogueEntry e, Map<String, String> dimensions, Locale locale) {
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

    private Map<String, String> dimensionTitles(Locale locale) {
        Language language = Language.of(locale);
        int version =
                questionnaires.latest(Catalogue.MODEL, language).orElseThrow().version();
        return questionnaires.dimensionTitles(Catalogue.MODEL, version, language);
    }

    private static String key(CatalogueEntry.Type type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
