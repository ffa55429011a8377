package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.ResultSection;
import eu.dmhub.recommendation.application.Recommendations;
import eu.dmhub.recommendation.domain.PlanItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The top recommendations on the result page, with reasons, evidence and “Add to my plan”. */
@Component
class RecommendationSection implements ResultSection {

    /** One recommendation as the page shows it; {@code planStatus} is {@code null} when not in the plan. */
    record Row(
            String entryId,
            String title,
            boolean english,
            String type,
            String dimension,
            String effort,
            String cost,
            List<String> reasons,
            String evidence,
            String planStatus,
            boolean addable) {}

    private final Recommendations recommendations;
    private final EntryWords words;

    RecommendationSection(Recommendations recommendations, EntryWords words) {
        this.recommendations = recommendations;
        this.words = words;
    }

    @Override
    public Optional<Content> render(Context page) {
        var ranked = recommendations.forResult(page);
        if (!ranked.available()) {
            return Optional.empty();
        }
        Locale locale = page.language().locale();
        List<Row> rows = ranked.top().stream()
                .map(r -> new Row(
                        r.entry().id(),
                        r.title(),
                        r.english(),
                        words.type(r.entry(), locale),
                        r.dimensionTitle(),
                        words.effort(r.entry(), locale),
                        words.cost(r.entry(), locale),
                        r.reasons(),
                        r.evidence(),
                        r.planned() == null
                                ? null
                                : words.message("plan.status." + r.planned().key(), locale),
                        r.planned() == null || r.planned() == PlanItem.Status.DROPPED))
                .toList();
        return Optional.of(new Content(
                "recommendation/sections", "recommendations", Map.of("assessment", ranked.assessment(), "rows", rows)));
    }

    @Override
    public int order() {
        return 20;
    }
}
