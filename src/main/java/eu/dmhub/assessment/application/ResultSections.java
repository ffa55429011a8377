package eu.dmhub.assessment.application;

import eu.dmhub.assessment.ResultSection;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.Language;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What other modules add to a result, in their order: the same for the result page and the PDF report. */
@Component
public class ResultSections {

    private final List<ResultSection> sections;

    ResultSections(List<ResultSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ResultSection::order))
                .toList();
    }

    public List<ResultSection.Content> of(CurrentPerson person, UUID assessmentId, Language language) {
        return sections.stream()
                .flatMap(section -> section.render(person, assessmentId, language).stream())
                .toList();
    }
}
