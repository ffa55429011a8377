package eu.dmhub.recommendation.web;

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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The public toolbox: a filter form that works without JavaScript, a list and a page per entry. */
@Controller
class ToolboxPages {

    private final Toolbox toolbox;
    private final EntryWords words;

    ToolboxPages(Toolbox toolbox, EntryWords words) {
        this.toolbox = toolbox;
        this.words = words;
    }

    @GetMapping("/toolbox")
    String list(
            @ModelAttribute("query") Toolbox.Query query, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> dimensions = words.dimensionTitles(locale);
        model.addAttribute(
                "dimensions",
                dimensions.entrySet().stream()
                        .map(d -> new Choice(d.getKey(), d.getValue()))
                        .toList());
        model.addAttribute(
                "types",
                Arrays.stream(CatalogueEntry.Type.values())
                        .map(t -> new Choice(
                                EntryWords.key(t), words.message("toolbox.type." + EntryWords.key(t), locale)))
                        .toList());
        model.addAttribute("countries", Choice.countries(locale));
        model.addAttribute("sectors", Choice.sectors(s -> words.message("nace.section." + s, locale)));
        model.addAttribute(
                "languageOptions",
                Language.SUPPORTED.stream()
                        .map(l -> new Choice(l.code(), words.message("language." + l.code(), locale)))
                        .toList());
        try {
            model.addAttribute(
                    "entries",
                    toolbox.find(query).stream()
                            .map(e -> words.shown(e, dimensions, locale))
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
        model.addAttribute("entry", words.shown(toolbox.entry(id), words.dimensionTitles(locale), locale));
        model.addAttribute("withdrawn", toolbox.withdrawn(id));
        return "toolbox/entry";
    }
}
