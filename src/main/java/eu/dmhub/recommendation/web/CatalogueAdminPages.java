package eu.dmhub.recommendation.web;

import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.application.CatalogueEditing.Listed;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Administrators' list of the catalogue's entries, searched and filtered by a plain GET form; with
 * htmx the form asks for the results alone ({@code HX-Request}) and swaps them in.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueAdminPages {

    /** One line of the list. */
    record Row(
            String id, String type, String title, String source, boolean withdrawn, String editedBy, String editedAt) {}

    /**
     * The list's filters as given, each empty for any: words in the title (in the reader's
     * language) or the id, kind, dimension, a country the entry suits (it names it or no country),
     * where the entry comes from ({@link CatalogueEditing.Source}) and {@code yes} or {@code no}
     * for withdrawn.
     */
    record Filters(String q, String type, String dimension, String country, String source, String withdrawn) {

        Filters {
            q = q == null ? "" : q.strip();
            type = type == null ? "" : type;
            dimension = dimension == null ? "" : dimension;
            country = country == null ? "" : country;
            source = source == null ? "" : source;
            withdrawn = withdrawn == null ? "" : withdrawn;
        }

        public boolean any() {
            return !(q + type + dimension + country + source + withdrawn).isEmpty();
        }

        /** Each value that is none of its list's choices, named by its field, as the toolbox names them. */
        List<Problem> problems(List<String> dimensions) {
            var problems = new ArrayList<Problem>();
            if (!type.isEmpty()
                    && Arrays.stream(CatalogueEntry.Type.values())
                            .map(EntryWords::key)
                            .noneMatch(type::equals)) {
                problems.add(Problem.of("type", "error.toolbox.type", type));
            }
            if (!dimension.isEmpty() && !dimensions.contains(dimension)) {
                problems.add(Problem.of("dimension", "error.toolbox.dimension", dimension));
            }
            if (!country.isEmpty() && CountryCode.parse(country) == null) {
                problems.add(Problem.of("country", "error.insights.country", country));
            }
            if (!source.isEmpty()
                    && Arrays.stream(CatalogueEditing.Source.values())
                            .noneMatch(s -> s.name().equalsIgnoreCase(source))) {
                problems.add(Problem.of("source", "catalogue.admin.filter.error.source", source));
            }
            if (!withdrawn.isEmpty() && !withdrawn.equals("yes") && !withdrawn.equals("no")) {
                problems.add(Problem.of("withdrawn", "catalogue.admin.filter.error.withdrawn", withdrawn));
            }
            return problems;
        }

        boolean admits(Listed listed, Locale locale) {
            CatalogueEntry e = listed.entry();
            String words = q.toLowerCase(locale);
            return (words.isEmpty()
                            || e.id().contains(words)
                            || e.title(locale.getLanguage()).toLowerCase(locale).contains(words))
                    && (type.isEmpty() || EntryWords.key(e.type()).equals(type))
                    && (dimension.isEmpty() || e.dimensions().contains(dimension))
                    && (country.isEmpty()
                            || e.countries().isEmpty()
                            || e.countries().contains(CountryCode.parse(country).code()))
                    && (source.isEmpty() || listed.source().name().equalsIgnoreCase(source))
                    && (withdrawn.isEmpty() || listed.withdrawn() == withdrawn.equals("yes"));
        }
    }

    private final CatalogueEditing editing;
    private final CatalogueAdminWords words;

    CatalogueAdminPages(CatalogueEditing editing, CatalogueAdminWords words) {
        this.editing = editing;
        this.words = words;
    }

    /**
     * The entries the filters admit; a value that is none of the choices answers 400, naming its
     * field beside it and in a summary, and lists nothing rather than everything.
     */
    @GetMapping
    String list(
            @ModelAttribute("filters") Filters filters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<Listed> all = editing.list();
        List<Problem> problems = filters.problems(editing.vocabulary().dimensions());
        if (!problems.isEmpty()) {
            response.setStatus(400);
        }
        model.addAttribute("errors", new FormErrors(problems));
        model.addAttribute(
                "rows",
                all.stream()
                        .filter(l -> problems.isEmpty() && filters.admits(l, locale))
                        .map(l -> row(l, locale))
                        .toList());
        model.addAttribute("total", all.size());
        model.addAttribute("types", words.types(locale));
        model.addAttribute("dimensions", words.dimensions(locale));
        model.addAttribute("countries", words.countries(locale));
        model.addAttribute(
                "sources",
                Arrays.stream(CatalogueEditing.Source.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                        .map(s -> new Choice(s, words.message("catalogue.admin.source." + s, locale)))
                        .toList());
        return "true".equals(htmx) ? "admin/catalogue-list :: results" : "admin/catalogue-list";
    }

    private Row row(Listed listed, Locale locale) {
        CatalogueEntry e = listed.entry();
        return new Row(
                e.id(),
                words.message("toolbox.type." + EntryWords.key(e.type()), locale),
                e.title(locale.getLanguage()),
                words.message("catalogue.admin.source." + listed.source().name().toLowerCase(Locale.ROOT), locale),
                listed.withdrawn(),
                listed.revision() == null ? "" : listed.revision().editorName(),
                CatalogueAdminWords.when(listed.revision()));
    }
}
