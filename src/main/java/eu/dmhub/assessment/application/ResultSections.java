package eu.dmhub.assessment.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.Language;
import java.util.Comparator;
import java.util.List;
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

    /** Every section's content for a submitted assessment that {@code person} may see, checked by the caller. */
    public List<ResultSection.Content> of(CurrentPerson person, Assessment submitted, Language language) {
        return of(person, ResultsService.result(submitted).orElseThrow(), language);
    }

    /** Every section's content for a result that {@code person} may see, checked by the caller. */
    public List<ResultSection.Content> of(CurrentPerson person, AssessmentResults.Result result, Language language) {
        var context = new ResultSection.Context(person, result, language);
        return sections.stream()
                .flatMap(section -> section.render(context).stream())
                .toList();
    }
}
