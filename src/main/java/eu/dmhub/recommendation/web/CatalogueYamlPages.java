package eu.dmhub.recommendation.web;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueEditing.Listed;
import eu.dmhub.recommendation.application.CatalogueEditing.Saved;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The advanced view of a catalogue entry: its YAML as in a file, with the comments its author
 * wrote. A refused save answers 400 with every problem next to the text, which is kept as typed;
 * nothing is saved.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueYamlPages {

    /** The text as shown: {@code id} is null for a new entry; {@code basedOn} the revision edited. */
    record Text(String id, String yaml, int basedOn, boolean withdrawn) {}

    private final CatalogueEditing editing;
    private final CatalogueAdminWords words;

    CatalogueYamlPages(CatalogueEditing editing, CatalogueAdminWords words) {
        this.editing = editing;
        this.words = words;
    }

    @GetMapping("/new/yaml")
    String blank(Model model, Locale locale) {
        return page(model, new Text(null, editing.blank(), 0, false), List.of(), locale);
    }

    @PostMapping("/new/yaml")
    String add(@RequestParam(defaultValue = "") String yaml, Model model, Locale locale, HttpServletResponse response) {
        try {
            Saved saved = editing.add(yaml, CurrentPersons.required());
            return "redirect:/admin/catalogue/" + saved.entry().id() + "/yaml?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return page(model, new Text(null, yaml, 0, false), invalid.problems(), locale);
        }
    }

    @GetMapping("/{id}/yaml")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Listed listed = editing.listed(id);
        return page(model, new Text(id, editing.yaml(id), listed.number(), listed.withdrawn()), List.of(), locale);
    }

    @PostMapping("/{id}/yaml")
    String save(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String yaml,
            @RequestParam(required = false) String withdrawn,
            @RequestParam(required = false) Integer basedOn,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        editing.listed(id);
        var text = new Text(id, yaml, basedOn == null ? 0 : basedOn, withdrawn != null);
        try {
            Saved saved = editing.save(id, yaml, text.withdrawn(), basedOn, CurrentPersons.required());
            return "redirect:/admin/catalogue/" + id + "/yaml?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return page(model, text, invalid.problems(), locale);
        } catch (Conflict conflict) {
            response.setStatus(409);
            return page(model, text, List.of(Problem.of(conflict.field(), conflict.messageKey())), locale);
        }
    }

    private String page(Model model, Text text, List<Problem> problems, Locale locale) {
        model.addAttribute("id", text.id());
        model.addAttribute("text", text);
        model.addAttribute("problems", words.words(problems, locale));
        model.addAttribute("vocabulary", editing.vocabulary());
        model.addAttribute("types", words.types(locale));
        model.addAttribute("costs", words.costs(locale));
        model.addAttribute("history", text.id() == null ? List.of() : words.history(text.id()));
        return "admin/catalogue-yaml";
    }
}
