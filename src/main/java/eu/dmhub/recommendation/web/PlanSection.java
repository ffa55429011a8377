package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.recommendation.application.ActionPlans;
import eu.dmhub.shared.Language;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The company's action plan on the result page (and in the report), with a link to change it. */
@Component
class PlanSection implements ResultSection {

    private final ActionPlans plans;
    private final AssessmentResults results;
    private final PlanRows rows;

    PlanSection(ActionPlans plans, AssessmentResults results, PlanRows rows) {
        this.plans = plans;
        this.results = results;
        this.rows = rows;
    }

    @Override
    public Optional<Content> render(CurrentPerson person, UUID assessmentId, Language language) {
        return results.visibleResult(person, assessmentId)
                .map(result -> new Content(
                        "recommendation/sections",
                        "plan",
                        Map.of("rows", rows.of(plans.of(person), language.locale()))));
    }

    @Override
    public int order() {
        return 30;
    }
}
