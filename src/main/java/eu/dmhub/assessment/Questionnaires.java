package eu.dmhub.assessment;

import eu.dmhub.shared.Language;
import java.util.List;

/** The questionnaire models a company can take, for other modules and the page shell. */
public interface Questionnaires {

    /** A model's newest version, described in one language. */
    record Summary(String id, int version, String title, String description, int dimensions, int questions) {}

    List<Summary> available(Language language);
}
