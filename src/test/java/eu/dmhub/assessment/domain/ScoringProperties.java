package eu.dmhub.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

    private static final List<QuestionnaireModel> MODELS = List.of(ShippedModels.dma(), ShippedModels.dii());

    @Property(tries = 300)
    void scoresStayWithinTheirBounds(@ForAll long seed, @ForAll @IntRange(max = 1) int which) {
        QuestionnaireModel model = MODELS.get(which);
        Scoring.Result result = Scoring.score(model, RandomAnswers.complete(model, new Random(seed)));
        assertThat(result.overall()).isBetween(0.0, model.maxScore());
        result.dimensions().forEach(d -> assertThat(d.score()).isBetween(0.0, d.max()));
        assertThat(model.level(result.level())).isPresent();
    }

    @Property(tries = 300)
    void aBetterAnswerNeverLowersAnyScore(@ForAll long seed, @ForAll @IntRange(max = 1) int which) {
        QuestionnaireModel model = MODELS.get(which);
        var random = new Random(seed);
        Map<String, Answer> answers = RandomAnswers.complete(model, random);
        Question question = RandomAnswers.pick(model.questions().toList(), random);
        Optional<Answer> better = RandomAnswers.improve(question, answers.get(question.id()), random);
        if (better.isEmpty()) {
            return;
        }
        var improved = new LinkedHashMap<>(answers);
        improved.put(question.id(), better.get());

        Scoring.Result before = Scoring.score(model, answers);
        Scoring.Result after = Scoring.score(model, improved);
        assertThat(after.overall()).isGreaterThanOrEqualTo(before.overall());
        for (var dimension : before.dimensions()) {
            assertThat(after.dimension(dimension.dimension()).score()).isGreaterThanOrEqualTo(dimension.score());
        }
        assertThat(model.levels().indexOf(model.level(after.level()).orElseThrow()))
                .isGreaterThanOrEqualTo(
                        model.levels().indexOf(model.level(before.level()).orElseThrow()));
    }

    @Property(tries = 200)
    void theOrderOfAnswersDoesNotMatter(@ForAll long seed, @ForAll @IntRange(max = 1) int which) {
        QuestionnaireModel model = MODELS.get(which);
        var random = new Random(seed);
        Map<String, Answer> answers = RandomAnswers.complete(model, random);
        var keys = new ArrayList<>(answers.keySet());
        Collections.shuffle(keys, random);
        var shuffled = new LinkedHashMap<String, Answer>();
        keys.forEach(k -> shuffled.put(k, answers.get(k)));
        assertThat(Scoring.score(model, shuffled)).isEqualTo(Scoring.score(model, answers));
    }

    @Property(tries = 200)
    void aQuestionNeverScoresMoreThanItsMaximum(@ForAll long seed) {
        QuestionnaireModel model = MODELS.get(0);
        var random = new Random(seed);
        model.questions().forEach(q -> assertThat(Scoring.questionScore(q, RandomAnswers.answer(q, random), 10))
                .isBetween(0.0, 10.0));
    }

    @Property(tries = 100)
    void anUnansweredOptionalQuestionCountsAsTheModelSays(@ForAll long seed) {
        QuestionnaireModel model = ModelParserTest.parse(ModelParserTest.VALID_WITH_OPTIONAL);
        var random = new Random(seed);
        Map<String, Answer> answers = RandomAnswers.complete(model, random);
        var withoutOptional = new LinkedHashMap<>(answers);
        withoutOptional.remove("q2");
        var withZero = new LinkedHashMap<>(answers);
        withZero.put("q2", new Answer.Ticks(java.util.Set.of()));

        assertThat(Completeness.missing(model, withoutOptional)).isEmpty();
        assertThat(Scoring.score(model, withoutOptional)).isEqualTo(Scoring.score(model, withZero));
    }
}
