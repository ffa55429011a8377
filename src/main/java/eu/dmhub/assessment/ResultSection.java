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
