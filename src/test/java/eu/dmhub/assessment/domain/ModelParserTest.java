package eu.dmhub.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dmhub.assessment.application.ModelCatalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelParserTest {

    private static final String VALID = """
            id: tiny
            version: 1
            languages: [en, et]
            title: {en: Tiny, et: Pisike}
            description: {en: A tiny model, et: Pisike mudel}
            scoring: {method: weighted-mean, question-max: 10}
            levels:
              - {id: low, up-to: 50, title: {en: Low, et: Madal}, description: {en: Low, et: Madal}}
              - {id: high, up-to: 100, title: {en: High, et: Kõrge}, description: {en: High, et: Kõrge}}
            dimensions:
              - id: one
                title: {en: One, et: Üks}
                help: {en: One, et: Üks}
                questions:
                  - id: q1
                    type: checklist
                    text: {en: Tick, et: Märgi}
                    items:
                      - {id: a, text: {en: A, et: A}}
                      - {id: b, text: {en: B, et: B}}
            """;

    /** The same model with {@code unanswered: zero} and a second, optional question. */
    static final String VALID_WITH_OPTIONAL =
            VALID.replace("question-max: 10}", "question-max: 10, unanswered: zero}") + """
                      - id: q2
                        type: checklist
                        required: false
                        text: {en: More, et: Veel}
                        items:
                          - {id: c, text: {en: C, et: C}}
                """;

    static QuestionnaireModel parse(String yaml) {
        return ModelCatalog.parse("models/tiny-v1.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAValidModel() {
        QuestionnaireModel model = parse(VALID);
        assertThat(model.id()).isEqualTo("tiny");
        assertThat(model.question("q1")).get().extracting(Question::type).isEqualTo(QuestionType.CHECKLIST);
        assertThat(model.dimensions().get(0).title().in("et")).isEqualTo("Üks");
    }

    @Test
    void refusesDuplicateIdsNamingThePath() {
        String yaml = VALID.replace("{id: b, text:", "{id: a, text:");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(InvalidModel.class)
                .hasMessageContaining("models/tiny-v1.yaml: dimensions[0].questions[0].items[1].id: duplicate id 'a'");
    }

    @Test
    void refusesAMissingTranslationForADeclaredLanguage() {
        String yaml = VALID.replace("{id: b, text: {en: B, et: B}}", "{id: b, text: {en: B}}");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("dimensions[0].questions[0].items[1].text: missing translation for 'et'");
    }

    @Test
    void refusesAnOptionWithoutAScore() {
        String yaml = VALID.replace("type: checklist", "type: single-choice")
                .replace("items:", "options:")
                .replace("{id: a, text: {en: A, et: A}}", "{id: a, text: {en: A, et: A}, score: 1}");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("dimensions[0].questions[0].options[1].score: missing score");
    }

    @Test
    void refusesAnUnknownQuestionType() {
        assertThatThrownBy(() -> parse(VALID.replace("type: checklist", "type: slider")))
                .hasMessageContaining("dimensions[0].questions[0].type: unknown question type 'slider'");
    }

    @Test
    void refusesWeightsThatMakeNoSense() {
        String yaml = VALID.replace("    title: {en: One, et: Üks}", "    weight: -2\n    title: {en: One, et: Üks}");
        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("dimensions[0].weight: must be more than 0");
        String text =
                VALID.replace("    title: {en: One, et: Üks}", "    weight: heavy\n    title: {en: One, et: Üks}");
        assertThatThrownBy(() -> parse(text)).hasMessageContaining("dimensions[0].weight: not a number: heavy");
    }

    @Test
    void refusesLevelsThatDoNotReachTheTop() {
        assertThatThrownBy(() -> parse(VALID.replace("up-to: 100", "up-to: 90")))
                .hasMessageContaining("levels[1].up-to: the last level must reach the highest score, 100");
    }

    @Test
    void refusesAFileNameThatDoesNotMatchIdAndVersion() {
        assertThatThrownBy(() -> ModelCatalog.parse("models/other.yaml", VALID.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("models/other.yaml: the file name must be tiny-v1.yaml");
    }

    @Test
    void refusesBrokenYamlWithItsLine() {
        assertThatThrownBy(() -> parse("id: tiny\nversion: [1\n"))
                .isInstanceOf(InvalidModel.class)
                .hasMessageContaining("models/tiny-v1.yaml: line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> parse(VALID.replace("version: 1\n", "version: 1\nversion: 2\n")))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void listsEveryProblemAtOnce() {
        String yaml = VALID.replace("type: checklist", "type: slider").replace("up-to: 100", "up-to: 90");
        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(InvalidModel.class, e -> assertThat(e.problems())
                .hasSizeGreaterThanOrEqualTo(2));
    }
}
