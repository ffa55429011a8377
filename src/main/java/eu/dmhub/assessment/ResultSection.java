package eu.dmhub.assessment;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
 *
 * <p>A section is handed the result it shows, already loaded and checked: it neither fetches it
 * again nor checks who may see it.
 */
public interface ResultSection {

    /** What to render: the fragment and its variables. */
    record Content(String template, String fragment, Map<String, Object> model) {}

    /**
     * One rendering of a result, on the page or in the report: the submitted result, already checked
     * to be one {@code person} may see, and the language. What several sections derive from the
     * result (the peer comparison, for instance) they compute once per rendering with
     * {@link #shared}. A context belongs to one rendering on one thread.
     */
    final class Context {

        private final CurrentPerson person;
        private final AssessmentResults.Result result;
        private final Language language;
        private final Map<Object, Object> shared = new HashMap<>();

        public Context(CurrentPerson person, AssessmentResults.Result result, Language language) {
            this.person = person;
            this.result = result;
            this.language = language;
        }

        public CurrentPerson person() {
            return person;
        }

        public AssessmentResults.Result result() {
            return result;
        }

        public Language language() {
            return language;
        }

        /**
         * The value under {@code key}, computed by {@code compute} the first time any section of this
         * rendering asks for it. The key names what is computed; its owner picks it (a class of its
         * own, say), so two modules' values cannot meet under one key.
         */
        @SuppressWarnings("unchecked")
        public <T> T shared(Object key, Supplier<T> compute) {
            if (!shared.containsKey(key)) {
                shared.put(key, compute.get());
            }
            return (T) shared.get(key);
        }
    }

    /** The section for one result, or nothing when there is nothing to show. */
    Optional<Content> render(Context context);

    /** Sections are shown in this order, lowest first. */
    default int order() {
        return 0;
    }
}
