package eu.dmhub.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.assessment.domain.Answer.ItemChoices;
import eu.dmhub.assessment.domain.Answer.OptionChoice;
import eu.dmhub.assessment.domain.Answer.PairedTicks;
import eu.dmhub.assessment.domain.Answer.Ticks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Results computed by hand from research/dma-method.md, checked against the scoring. */
class ScoringExamplesTest {

    private final QuestionnaireModel dma = ShippedModels.dma();
    private final QuestionnaireModel dii = ShippedModels.dii();

    /**
     * Q1: 4 areas invested, 2 only planned → (4 + 2 × 0.5) = 5 → 5.0; Q2: 3 of 10 → 3.0;
     * D1 = (5 + 3) × 5 = 40 (average). Q3: 7 of 10 → 7; Q4: levels 14 of 35 → 4; D2 = 55.
     * Q5: 2 of 7 → 2.857; Q6: 4 of 8 → 5; D3 = 39.29. Q7: 5 of the 7 positive items → 7.143;
     * Q8: 3 of 6 → 5; D4 = 60.71. Q9: levels 5 of 25 → 2; D5 = 20 (basic). Q10: 1 of 10 → 1;
     * Q11: yes + partly + partly = 2 of 5 → 4; D6 = 25 (basic, the upper bound is inclusive).
     * Overall = 240 / 6 = 40 (average).
     */
    @Test
    void aSmallManufacturerInTartuScoresFortyOverall() {
        var answers = new LinkedHashMap<String, Answer>();
        answers.put(
                "q1",
                new PairedTicks(Map.of(
                        "design",
                        Set.of("invested"),
                        "planning",
                        Set.of("invested"),
                        "operations",
                        Set.of("invested", "planned"),
                        "marketing",
                        Set.of("invested"),
                        "sales",
                        Set.of("planned"),
                        "purchasing",
                        Set.of("planned"))));
        answers.put("q2", new Ticks(Set.of("needs-known", "budget", "management")));
        answers.put(
                "q3",
                new Ticks(Set.of(
                        "connectivity",
                        "website",
                        "cloud-office",
                        "e-invoicing",
                        "online-meetings",
                        "erp",
                        "digital-payments")));
        answers.put("q4", scale(dma.question("q4").orElseThrow(), 5, 5, 4, 0, 0, 0, 0));
        answers.put("q5", new Ticks(Set.of("short-courses", "online-learning")));
        answers.put("q6", new Ticks(Set.of("informed", "consulted", "remote", "feedback")));
        answers.put("q7", new Ticks(Set.of("policy", "stored-digitally", "integrated", "analysed", "shared-partners")));
        answers.put("q8", new Ticks(Set.of("backups", "mfa", "updates")));
        answers.put("q9", scale(dma.question("q9").orElseThrow(), 2, 3, 0, 0, 0));
        answers.put("q10", new Ticks(Set.of("paperless")));
        answers.put(
                "q11",
                new ItemChoices(Map.of(
                        "environmental-plan",
                        "yes",
                        "green-purchasing",
                        "partly",
                        "device-recycling",
                        "partly",
                        "green-hosting",
                        "no",
                        "certification",
                        "no")));

        Scoring.Result result = Scoring.score(dma, answers);

        assertThat(result.dimensions())
                .extracting(Scoring.DimensionScore::score)
                .containsExactly(40.0, 55.0, 39.29, 60.71, 20.0, 25.0);
        assertThat(result.dimensions())
                .extracting(Scoring.DimensionScore::level)
                .containsExactly("average", "moderately-advanced", "average", "moderately-advanced", "basic", "basic");
        assertThat(result.overall()).isEqualTo(40.0);
        assertThat(result.level()).isEqualTo("average");
    }

    @Test
    void everythingAtBestScoresOneHundredAndNothingScoresZero() {
        var best = new HashMap<String, Answer>();
        var worst = new HashMap<String, Answer>();
        dma.questions().forEach(q -> {
            switch (q.type()) {
                case CHECKLIST -> {
                    best.put(
                            q.id(),
                            new Ticks(ids(q.items().stream()
                                    .filter(i -> !i.exclusive())
                                    .toList())));
                    worst.put(
                            q.id(),
                            new Ticks(ids(
                                    q.items().stream().filter(Choice::exclusive).toList())));
                }
                case PAIRED_CHECKLIST -> {
                    var all = new HashMap<String, Set<String>>();
                    q.items().forEach(i -> all.put(i.id(), Set.of("invested")));
                    best.put(q.id(), new PairedTicks(all));
                    worst.put(q.id(), new PairedTicks(Map.of()));
                }
                default -> {
                    var top = new HashMap<String, String>();
                    var bottom = new HashMap<String, String>();
                    q.items().forEach(i -> {
                        top.put(i.id(), q.options().get(q.options().size() - 1).id());
                        bottom.put(i.id(), q.options().get(0).id());
                    });
                    best.put(q.id(), new ItemChoices(top));
                    worst.put(q.id(), new ItemChoices(bottom));
                }
            }
        });
        assertThat(Scoring.score(dma, best).overall()).isEqualTo(100.0);
        assertThat(Scoring.score(dma, best).level()).isEqualTo("advanced");
        assertThat(Scoring.score(dma, worst).overall()).isEqualTo(0.0);
        assertThat(Scoring.score(dma, worst).level()).isEqualTo("basic");
    }

    @Test
    void theNegativeDataItemIsWorthNothingAndTheDenominatorIsTheSevenPositiveItems() {
        Question q7 = dma.question("q7").orElseThrow();
        assertThat(Scoring.questionScore(q7, new Ticks(Set.of("not-digital")), 10))
                .isZero();
        assertThat(Scoring.questionScore(q7, new Ticks(Set.of("policy")), 10)).isCloseTo(10.0 / 7, within());
    }

    @Test
    void plannedCountsHalfOfInvestedAsTheModelFileSays() {
        Question q1 = dma.question("q1").orElseThrow();
        assertThat(Scoring.questionScore(q1, new PairedTicks(Map.of("design", Set.of("planned"))), 10))
                .isEqualTo(0.5);
        assertThat(Scoring.questionScore(q1, new PairedTicks(Map.of("design", Set.of("invested"))), 10))
                .isEqualTo(1.0);
    }

    @Test
    void theDigitalIntensityIndexCountsIndicatorsMet() {
        List<Question> indicators = dii.questions().toList();
        assertThat(indicators).hasSize(12);
        assertThat(levelWithYes(indicators, 3)).isEqualTo("very-low");
        assertThat(levelWithYes(indicators, 4)).isEqualTo("low");
        assertThat(levelWithYes(indicators, 6)).isEqualTo("low");
        assertThat(levelWithYes(indicators, 7)).isEqualTo("high");
        assertThat(levelWithYes(indicators, 9)).isEqualTo("high");
        assertThat(levelWithYes(indicators, 10)).isEqualTo("very-high");
        assertThat(levelWithYes(indicators, 12)).isEqualTo("very-high");

        var sevenYes = answersWithYes(indicators, 7);
        Scoring.Result result = Scoring.score(dii, sevenYes);
        assertThat(result.overall()).isEqualTo(7.0);
        assertThat(result.dimensions().stream()
                        .mapToDouble(Scoring.DimensionScore::score)
                        .sum())
                .isEqualTo(7.0);
        assertThat(result.dimensions()).allSatisfy(d -> assertThat(d.level()).isNull());
    }

    private String levelWithYes(List<Question> indicators, int yes) {
        return Scoring.score(dii, answersWithYes(indicators, yes)).level();
    }

    private static Map<String, Answer> answersWithYes(List<Question> indicators, int yes) {
        var answers = new LinkedHashMap<String, Answer>();
        for (int i = 0; i < indicators.size(); i++) {
            answers.put(indicators.get(i).id(), new OptionChoice(i < yes ? "yes" : "no"));
        }
        return answers;
    }

    private static ItemChoices scale(Question question, int... levels) {
        var choices = new HashMap<String, String>();
        for (int i = 0; i < levels.length; i++) {
            choices.put(question.items().get(i).id(), String.valueOf(levels[i]));
        }
        return new ItemChoices(choices);
    }

    private static Set<String> ids(List<Choice> choices) {
        return Set.copyOf(choices.stream().map(Choice::id).toList());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
