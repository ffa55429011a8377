package eu.dmhub.recommendation.web;

import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueEditing.Listed;
import eu.dmhub.recommendation.application.CatalogueEditing.Saved;
import eu.dmhub.recommendation.application.CatalogueStore.Revision;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.LocalFormats;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators' pages for the recommendation catalogue: the list of entries, and a form per entry
 * holding its YAML. A refused save answers 400 with every problem next to the form and the
 * administrator's text kept; nothing is saved.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueAdminPages {

    /** One line of the list. */
    record Row(
            String id, String type, String title, String source, boolean withdrawn, String editedBy, String editedAt) {}

    /** The form as shown: {@code id} is null for a new entry; {@code basedOn} the revision edited. */
    record Form(String id, String yaml, int basedOn, boolean withdrawn) {}

    /** One line of an entry's history. */
    record Change(int revision, String editedBy, String editedAt, boolean withdrawn) {}

    private final CatalogueEditing editing;
    private final MessageSource messages;

    CatalogueAdminPages(CatalogueEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute(
                "rows", editing.list().stream().map(l -> row(l, locale)).toList());
        return "admin/catalogue-list";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, new Form(null, editing.blank(), 0, false), List.of());
    }

    @PostMapping("/new")
    String add(@RequestParam(defaultValue = "") String yaml, Model model, Locale locale, HttpServletResponse response) {
        try {
            Saved saved = editing.add(yaml, CurrentPersons.required());
            return "redirect:/admin/catalogue/" + saved.entry().id() + "?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return form(model, new Form(null, yaml, 0, false), words(invalid.problems(), locale));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        Listed listed = editing.listed(id);
        return form(model, new Form(id, editing.yaml(id), listed.number(), listed.withdrawn()), List.of());
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String yaml,
            @RequestParam(required = false) String withdrawn,
            @RequestParam(required = false) Integer basedOn,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        var form = new Form(id, yaml, basedOn == null ? 0 : basedOn, withdrawn != null);
        try {
            Saved saved = editing.save(id, yaml, form.withdrawn(), basedOn, CurrentPersons.required());
            return "redirect:/admin/catalogue/" + id + "?saved=" + saved.revision();
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return form(model, form, words(invalid.problems(), locale));
        } catch (Conflict conflict) {
            response.setStatus(409);
            return form(model, form, words(List.of(Problem.of(conflict.field(), conflict.messageKey())), locale));
        }
    }

    private String form(Model model, Form form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("vocabulary", editing.vocabulary());
        model.addAttribute("types", keys(CatalogueEntry.Type.values()));
        model.addAttribute("costs", keys(CatalogueEntry.Cost.values()));
        model.addAttribute(
                "history",
                form.id() == null
                        ? List.of()
                        : editing.history(form.id()).stream()
                                .map(CatalogueAdminPages::change)
                                .toList());
        return "admin/catalogue-entry";
    }

    private List<String> words(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))
                .toList();
    }

    private Row row(Listed listed, Locale locale) {
        CatalogueEntry e = listed.entry();
        Revision revision = listed.revision();
        return new Row(
                e.id(),
                key(e.type()),
                e.title(locale.getLanguage()),
                messages.getMessage(
                        "catalogue.admin.source." + listed.source().name().toLowerCase(Locale.ROOT), null, locale),
                listed.withdrawn(),
                revision == null ? "" : revision.editorName(),
                revision == null ? "" : when(revision.editedAt()));
    }

    /** An option as the files write it. */
    private static String key(Enum<?> option) {
        return option.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> keys(Enum<?>[] options) {
        return Arrays.stream(options).map(CatalogueAdminPages::key).toList();
    }

    private static Change change(Revision revision) {
        return new Change(revision.number(), revision.editorName(), when(revision.editedAt()), revision.withdrawn());
    }

    private static String when(Instant instant) {
        return LocalFormats.dateTime(LocaleContextHolder.getLocale()).format(instant);
    }
}
