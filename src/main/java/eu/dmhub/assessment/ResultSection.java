package eu.dmhub.assessment;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.Language;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A section another module adds to the result page (the peer comparison, for instance), so that
 * the page can show it without depending on that module. The section names a Thymeleaf fragment
 * ({@code template :: fragment}) and the model it needs.
 *
 * <p>The same fragment is also part of the PDF report ({@code GET /assessments/{id}/report.pdf}),
 * where every section is included in {@link #order()}, with one more variable in its context:
 * {@code report}, {@code true} in the PDF and absent on the page. A fragment hides what only makes
 * sense on a screen — forms, buttons, links to other pages, htmx attributes — with
 * {@code th:unless="${report}"}. In the report the fragment is rendered outside any web request
 * (so {@code @{/...}} links and request attributes are not available there) and laid out by
 * openhtmltopdf: keep its markup simple (blocks and tables, inline SVG charts with a
 * {@code viewBox}), and name no external images or stylesheets, which the report never fetches.
 */
public interface ResultSection {

    /** What to render: the fragment and its variables. */
    record Content(String template, String fragment, Map<String, Object> model) {}

    /** The section for one assessment, or nothing when there is nothing to show. */
    Optional<Content> render(CurrentPerson person, UUID assessmentId, Language language);

    /** Sections are shown in this order, lowest first. */
    default int order() {
        return 0;
    }
}
