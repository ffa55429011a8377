package eu.dmhub.recommendation.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.recommendation.domain.Ranking;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Next steps for a result of the model that counts indicators (dii): the catalogue entries tagged
 * with the indicators the company does not meet, ranked by {@link Ranking#rankByIndicators}, each
 * with its reasons in words: the indicator it serves (as the question the company answered no
 * to), how many other missing indicators it names, and how many indicators reach the next level.
 */
@Component
class IndicatorRecommendations {

    private final AssessmentResults results;
    private final Questionnaires questionnaires;
    private final Catalogue catalogue;
    private final MessageSource messages;

    IndicatorRecommendations(
            AssessmentResults results, Questionnaires questionnaires, Catalogue catalogue, MessageSource messages) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    List<Recommendations.Recommendation> forResult(
            AssessmentResults.Result result,
            CompanyProfile profile,
            Language language,
            Function<String, PlanItem.Status> planned) {
        String model = result.model();
        int version = result.modelVersion();
        Map<String, Questionnaires.Indicator> indicators = questionnaires.indicators(model, version, language).stream()
                .collect(Collectors.toMap(Questionnaires.Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        Set<String> met = results.indicatorsMet(result.assessmentId());
        var missing = new LinkedHashMap<String, String>();
        indicators.values().stream()
                .filter(i -> !met.contains(i.id()))
                .forEach(i -> missing.put(i.id(), i.dimension()));
        List<Questionnaires.LevelBand> bands = questionnaires.levels(model, version, language);
        Questionnaires.LevelBand level =
                Questionnaires.LevelBand.containing(bands, result.scores().overall());
        int at = bands.indexOf(level);
        Questionnaires.LevelBand next = at == bands.size() - 1 ? null : bands.get(at + 1);
        int toNext = next == null
                ? 0
                : (int) Math.floor(level.upTo() + 1e-9)
                        + 1
                        - (int) Math.round(result.scores().overall());
        var company = new Ranking.Company(
                profile.country().code(), profile.sector().section(), profile.size(), language.code(), Map.of());
        List<Ranking.Ranked> ranked = Ranking.rankByIndicators(
                catalogue.entries(), company, new Ranking.Indicators(missing, Math.max(0, toNext)));

        Locale locale = language.locale();
        Map<String, String> dimensions = questionnaires.dimensionTitles(model, version, language);
        String score = questionnaires.withScale(
                model, version, result.scores().overall(), result.scores().maxScore(), language);
        String modelTitle = questionnaires
                .latest(model, language)
                .map(Questionnaires.Summary::title)
                .orElse(model);
        var shown = new ArrayList<Recommendations.Recommendation>();
        for (Ranking.Ranked r : ranked) {
            CatalogueEntry entry = r.entry();
            var reasons = new ArrayList<String>();
            for (Ranking.Reason reason : r.reasons()) {
                switch (reason) {
                    case MISSING_INDICATOR ->
                        reasons.add(say(
                                "recommendation.reason.missing-indicator",
                                locale,
                                indicators.get(r.indicator()).text(),
                                modelTitle));
                    case MORE_INDICATORS ->
                        reasons.add(say(
                                "recommendation.reason.more-indicators",
                                locale,
                                LocalFormats.integer(locale)
                                        .format(entry.indicators().stream()
                                                .filter(missing::containsKey)
                                                .count())));
                    case INDICATORS_TO_NEXT_LEVEL ->
                        reasons.add(say(
                                "recommendation.reason.indicators-to-next-level",
                                locale,
                                score,
                                next.title(),
                                LocalFormats.integer(locale).format(toNext)));
                    default -> {
                        // the reasons of a ranking by dimension scores do not occur here
                    }
                }
            }
            shown.add(new Recommendations.Recommendation(
                    entry,
                    entry.title(language.code()),
                    entry.inEnglishOnly(language.code()),
                    r.dimension(),
                    dimensions.getOrDefault(r.dimension(), r.dimension()),
                    r.benefit(),
                    List.copyOf(reasons),
                    null,
                    planned.apply(entry.id())));
        }
        return List.copyOf(shown);
    }

    private String say(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
