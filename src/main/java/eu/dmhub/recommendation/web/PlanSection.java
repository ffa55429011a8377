package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.ResultSection;
import eu.dmhub.recommendation.application.ActionPlans;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The company's action plan on the result page (and in the report), with a link to change it. */
@Component
class PlanSection implements ResultSection {

    private final ActionPlans plans;
    private final PlanRows rows;

    PlanSection(ActionPlans plans, PlanRows rows) {
        this.plans = plans;
        this.rows = rows;
    }

    @Override
    public Optional<Content> render(Context page) {
        return Optional.of(new Content(
                "recommendation/sections",
                "plan",
                Map.of("rows", rows.of(plans.of(page.person()), page.language().locale()))));
    }

    @Override
    public int order() {
        return 30;
    }
}
