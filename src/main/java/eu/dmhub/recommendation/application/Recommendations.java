package eu.dmhub.recommendation.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.benchmark.PeerStandings;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.recommendation.domain.Ranking;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import eu.dmhub.shared.NotFound;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The next steps for one assessment: the catalogue ranked for the company (see {@link Ranking}),
 * each with its reasons in plain words in the reader's language and, when enough follow-ups show
 * it, what completing it did for similar companies.
 */
@Service
public class Recommendations {

    /** One recommendation, ready to show; {@code evidence} and {@code planned} may be {@code null}. */
    public record Recommendation(
            CatalogueEntry entry,
            String title,
            boolean english,
            String dimension,
            String dimensionTitle,
            double benefit,
            List<String> reasons,
            String evidence,
            PlanItem.Status planned) {}

    /**
     * The ranked list for an assessment; {@code available} is false for a model the catalogue does
     * not address (it is written for the dma model's dimensions and levels, and for the dii
     * model's indicators).
     */
    public record Ranked(UUID assessment, boolean available, String peerGroup, List<Recommendation> recommendations) {

        /** The first {@link Ranking#TOP}: what pages, the API and the report show. */
        public List<Recommendation> top() {
            return recommendations.subList(0, Math.min(Ranking.TOP, recommendations.size()));
        }
    }

    private final AssessmentResults results;
    private final Questionnaires questionnaires;
    private final Companies companies;
    private final PeerStandings peers;
    private final Catalogue catalogue;
    private final FollowUps followUps;
    private final PlanStore plans;
    private final MessageSource messages;
    private final IndicatorRecommendations byIndicators;

    Recommendations(
            AssessmentResults results,
            Questionnaires questionnaires,
            Companies companies,
            PeerStandings peers,
            Catalogue catalogue,
            FollowUps followUps,
            PlanStore plans,
            MessageSource messages,
            IndicatorRecommendations byIndicators) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.peers = peers;
        this.catalogue = catalogue;
        this.followUps = followUps;
        this.plans = plans;
        this.messages = messages;
        this.byIndicators = byIndicators;
    }

    /** The ranked list for a submitted assessment {@code person} may see; not found otherwise. */
    public Ranked forAssessment(CurrentPerson person, UUID assessmentId, Language language) {
        AssessmentResults.Result result = results.visibleResult(person, assessmentId)
                .orElseThrow(() -> new NotFound("error.assessment.not-found"));
        return ranked(result, language, () -> peers.of(person, assessmentId, language.locale()));
    }

    /** The ranked list for the result a page or report shows, with the peer standing its peer section shows. */
    public Ranked forResult(ResultSection.Context page) {
        return ranked(page.result(), page.language(), () -> peers.of(page));
    }

    private Ranked ranked(
            AssessmentResults.Result result,
            Language language,
            Supplier<Optional<PeerStandings.Standing>> peerStanding) {
        UUID assessmentId = result.assessmentId();
        if (result.model().equals(Catalogue.INDICATOR_MODEL)) {
            var profile = companies.find(result.company()).orElseThrow(() -> new NotFound("error.company.not-found"));
            return new Ranked(
                    assessmentId, true, null, byIndicators.forResult(result, profile, language, planned(result)));
        }
        if (!result.model().equals(Catalogue.MODEL)
                || !questionnaires.levelsPerDimension(result.model(), result.modelVersion())) {
            return new Ranked(assessmentId, false, null, List.of());
        }
        Locale locale = language.locale();
        var profile = companies.find(result.company()).orElseThrow(() -> new NotFound("error.company.not-found"));
        Optional<PeerStandings.Standing> standing = peerStanding.get();
        List<Questionnaires.LevelBand> bands = questionnaires.levels(result.model(), result.modelVersion(), language);
        Map<String, Ranking.Standing> dimensions = standings(result, bands, standing);
        List<Ranking.Ranked> ranked = rank(result, profile, dimensions, bands, language);
        var words = new Words(
                result,
                language,
                questionnaires.dimensionTitles(result.model(), result.modelVersion(), language),
                bands.stream().collect(Collectors.toMap(Questionnaires.LevelBand::id, Questionnaires.LevelBand::title)),
                bands,
                standing.map(PeerStandings.Standing::group).orElse(null),
                locale);
        Function<String, PlanItem.Status> planned = planned(result);
        List<Recommendation> shown = ranked.stream()
                .map(r -> shown(r, dimensions.get(r.dimension()), result.model(), words, language, planned))
                .toList();
        return new Ranked(assessmentId, true, words.group(), shown);
    }

    /** Which entries the company already has in its plan, and in which state. */
    private Function<String, PlanItem.Status> planned(AssessmentResults.Result result) {
        Map<String, PlanItem.Status> planned = plans.ofCompany(result.company()).stream()
                .collect(Collectors.toMap(PlanItem::entryId, PlanItem::status));
        return planned::get;
    }

    /**
     * The ranking for a result without a peer comparison, in English: for seeding and batch work
     * that has no signed-in person.
     */
    public List<Ranking.Ranked> rankWithoutPeers(AssessmentResults.Result result, CompanyProfile profile) {
        List<Questionnaires.LevelBand> bands =
                questionnaires.levels(result.model(), result.modelVersion(), Language.ENGLISH);
        return rank(result, profile, standings(result, bands, Optional.empty()), bands, Language.ENGLISH);
    }

    private Map<String, Ranking.Standing> standings(
            AssessmentResults.Result result,
            List<Questionnaires.LevelBand> bands,
            Optional<PeerStandings.Standing> standing) {
        Map<String, Double> weights = questionnaires.weights(result.model(), result.modelVersion());
        var dimensions = new LinkedHashMap<String, Ranking.Standing>();
        for (var scored : result.scores().dimensions()) {
            String dimension = scored.dimension();
            double score = scored.score();
            var position = standing.map(s -> s.positions().get(dimension));
            dimensions.put(
                    dimension,
                    new Ranking.Standing(
                            score,
                            Questionnaires.LevelBand.containing(bands, score).id(),
                            nextLevelAt(bands, score),
                            position.map(PeerStandings.Position::median).orElse(null),
                            position.map(PeerStandings.Position::lowerQuartile).orElse(null),
                            weights.getOrDefault(dimension, 1.0)));
        }
        return dimensions;
    }

    private List<Ranking.Ranked> rank(
            AssessmentResults.Result result,
            CompanyProfile profile,
            Map<String, Ranking.Standing> dimensions,
            List<Questionnaires.LevelBand> bands,
            Language language) {
        var company = new Ranking.Company(
                profile.country().code(), profile.sector().section(), profile.size(), language.code(), dimensions);
        return Ranking.rank(
                catalogue.entries(),
                bands.stream().map(Questionnaires.LevelBand::id).toList(),
                company,
                followUps.evidence(result.model()));
    }

    /** The score that reaches the next level: just above the current band; the score itself at the top. */
    static double nextLevelAt(List<Questionnaires.LevelBand> bands, double score) {
        Questionnaires.LevelBand level = Questionnaires.LevelBand.containing(bands, score);
        int at = bands.indexOf(level);
        return at == bands.size() - 1 ? score : Math.round((level.upTo() + 0.01) * 100) / 100.0;
    }

    private Recommendation shown(
            Ranking.Ranked ranked,
            Ranking.Standing standing,
            String model,
            Words words,
            Language language,
            Function<String, PlanItem.Status> planned) {
        CatalogueEntry entry = ranked.entry();
        String dimension = words.dimension(ranked.dimension());
        String score = words.score(ranked.dimension(), standing.score());
        var reasons = new ArrayList<String>();
        for (Ranking.Reason reason : ranked.reasons()) {
            switch (reason) {
                case LOWEST_QUARTER ->
                    reasons.add(words.say(
                            "recommendation.reason.lowest-quarter",
                            dimension,
                            score,
                            words.groupInSentence(),
                            words.number(standing.peerMedian())));
                case BELOW_MEDIAN ->
                    reasons.add(words.say(
                            "recommendation.reason.below-median",
                            dimension,
                            score,
                            words.groupInSentence(),
                            words.number(standing.peerMedian())));
                case NEXT_LEVEL ->
                    reasons.add(words.say(
                            "recommendation.reason.next-level",
                            dimension,
                            score,
                            words.number(standing.nextLevelAt() - standing.score()),
                            words.level(words.next(standing.level()))));
                case FITS_LEVEL ->
                    reasons.add(
                            words.say("recommendation.reason.fits-level", words.level(standing.level()), dimension));
                case EVIDENCE -> {
                    // said below, with the counts, whether it raised the entry or not
                }
            }
        }
        String evidence = followUps
                .estimate(model, ranked.dimension(), standing.level(), entry.id())
                .map(e -> words.say(
                        e.extraGain() >= 0 ? "recommendation.evidence.more" : "recommendation.evidence.less",
                        dimension,
                        words.number(Math.abs(e.extraGain())),
                        e.completed()))
                .orElse(null);
        return new Recommendation(
                entry,
                entry.title(language.code()),
                entry.inEnglishOnly(language.code()),
                ranked.dimension(),
                dimension,
                ranked.benefit(),
                List.copyOf(reasons),
                evidence,
                planned.apply(entry.id()));
    }

    /** Titles, numbers and messages in the reader's language. */
    private final class Words {
        private final AssessmentResults.Result result;
        private final Language language;
        private final Map<String, String> dimensions;
        private final Map<String, String> levels;
        private final List<Questionnaires.LevelBand> bands;
        private final String group;
        private final Locale locale;
        private final NumberFormat number;

        Words(
                AssessmentResults.Result result,
                Language language,
                Map<String, String> dimensions,
                Map<String, String> levels,
                List<Questionnaires.LevelBand> bands,
                String group,
                Locale locale) {
            this.result = result;
            this.language = language;
            this.dimensions = dimensions;
            this.levels = levels;
            this.bands = bands;
            this.group = group;
            this.locale = locale;
            this.number = LocalFormats.number(locale);
        }

        String dimension(String id) {
            return dimensions.getOrDefault(id, id);
        }

        /** A dimension's score with its scale: “28 / 100”. */
        String score(String dimension, double score) {
            return questionnaires.withScale(
                    result.model(),
                    result.modelVersion(),
                    score,
                    result.scores().dimension(dimension).orElseThrow().maxScore(),
                    language);
        }

        String level(String id) {
            return levels.getOrDefault(id, id);
        }

        String next(String level) {
            for (int i = 0; i < bands.size() - 1; i++) {
                if (bands.get(i).id().equals(level)) {
                    return bands.get(i + 1).id();
                }
            }
            return level;
        }

        String group() {
            return group;
        }

        /**
         * The group's name inside a sentence: names start with a capital as labels (“Small companies
         * in …”) but, in most languages, not mid-sentence; each bundle says whether its language
         * lower-cases them (German nouns keep theirs). An abbreviation (“EU …”) keeps its capitals.
         */
        String groupInSentence() {
            boolean lower = Boolean.parseBoolean(say("grammar.group-lower-case-in-sentence"));
            return lower && group.length() > 1 && Character.isLowerCase(group.charAt(1))
                    ? group.substring(0, 1).toLowerCase(locale) + group.substring(1)
                    : group;
        }

        String number(double value) {
            return number.format(value);
        }

        String say(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
