package eu.dmhub.recommendation.web;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueEditing.Listed;
import eu.dmhub.recommendation.application.CatalogueEditing.Saved;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A catalogue entry as a form with a field per key of the files' format: texts per language side
 * by side, the tags as choices. A save becomes the entry's YAML and goes through the same checks
 * and revisions as the YAML view ({@link CatalogueYamlPages}); a refused one answers 400 with every
 * problem beside its field and in a summary, and everything typed kept.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueFormPages {

    private final CatalogueEditing editing;
    private final CatalogueAdminWords words;

    CatalogueFormPages(CatalogueEditing editing, CatalogueAdminWords words) {
        this.editing = editing;
        this.words = words;
    }

    @GetMapping("/new")
    String blank(Model model, Locale locale) {
        return form(model, null, EntryForm.blank(), 0, FieldProblems.none(), locale);
    }

    @PostMapping("/new")
    String add(
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        var form = EntryForm.posted(null, fields, languages());
        try {
            Saved saved = editing.add(form.entry(languages()), CurrentPersons.required());
            return "redirect:/admin/catalogue/" + saved.entry().id() + "?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return form(model, null, form, 0, words.forForm(invalid.problems(), locale), locale);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Listed listed = editing.listed(id);
        var form = EntryForm.of(listed.entry(), listed.withdrawn(), languages());
        return form(model, id, form, listed.number(), FieldProblems.none(), locale);
    }

    /**
     * A save made by someone else since the page was opened is not overwritten (409): the page
     * says so and keeps what was typed, now based on their revision, so that saving again after
     * a look at theirs is a choice made knowingly.
     */
    @PostMapping("/{id}")
    String save(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(required = false) Integer basedOn,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Listed listed = editing.listed(id);
        var form = EntryForm.posted(id, fields, languages());
        try {
            Saved saved =
                    editing.save(id, form.entry(languages()), form.withdrawn(), basedOn, CurrentPersons.required());
            return "redirect:/admin/catalogue/" + id + "?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            int started = basedOn == null ? listed.number() : basedOn;
            return form(model, id, form, started, words.forForm(invalid.problems(), locale), locale);
        } catch (Conflict conflict) {
            response.setStatus(409);
            int theirs = editing.listed(id).number();
            var problems = List.of(Problem.of(conflict.field(), conflict.messageKey(), theirs));
            return form(model, id, form, theirs, words.forForm(problems, locale), locale);
        }
    }

    private String form(Model model, String id, EntryForm form, int basedOn, FieldProblems problems, Locale locale) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("problems", problems);
        model.addAttribute("textLanguages", words.languages(locale));
        model.addAttribute("types", words.types(locale));
        model.addAttribute("offerLanguages", tickedFirst(words.languages(locale), form.languages()));
        model.addAttribute("dimensions", tickedFirst(words.dimensions(locale), form.dimensions()));
        model.addAttribute("levels", words.levels(locale));
        model.addAttribute("indicators", tickedFirst(words.indicators(locale), form.indicators()));
        model.addAttribute("sectors", words.sectors(locale));
        model.addAttribute("countries", words.countries(locale));
        model.addAttribute("sizes", words.sizes(locale));
        model.addAttribute("costs", words.costs(locale));
        model.addAttribute("history", id == null ? List.of() : words.history(id));
        return "admin/catalogue-form";
    }

    /**
     * The choices ticked first, in the entry's order, then the others: a browser sends check boxes
     * in the order they stand, and the order counts (an entry serves the first of its dimensions,
     * or of its indicators, that fits a company).
     */
    private static List<Choice> tickedFirst(List<Choice> options, List<String> ticked) {
        var first = ticked.stream()
                .flatMap(t -> options.stream().filter(o -> o.value().equals(t)))
                .toList();
        var rest = options.stream().filter(o -> !ticked.contains(o.value())).toList();
        return Stream.concat(first.stream(), rest.stream()).toList();
    }

    private List<String> languages() {
        return editing.vocabulary().languages();
    }
}
