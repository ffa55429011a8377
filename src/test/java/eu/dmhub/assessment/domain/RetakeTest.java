package eu.dmhub.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Conflict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A retake starts from the previous answers that the newest model version still accepts. */
class RetakeTest {

    private static final Instant FIRST = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T10:00:00Z");

    private final QuestionnaireModel dma = ShippedModels.dma();

    /** Submitted with random answers, but "in use" (5) for every technology of q4. */
    private Assessment submitted(QuestionnaireModel model) {
        var assessment = Assessment.start(CompanyId.random(), model, FIRST);
        var answers = plain(model, RandomAnswers.complete(model, new Random(3)));
        var inUse = new LinkedHashMap<String, Object>();
        model.question("q4").orElseThrow().items().forEach(item -> inUse.put(item.id(), "5"));
        answers.put("q4", inUse);
        assessment.answer(answers);
        assessment.submit(FIRST.plusSeconds(900));
        return assessment;
    }

    @Test
    void carriesEveryAnswerOverToTheSameVersionAsANewAssessmentInProgress() {
        Assessment previous = submitted(dma);

        Assessment retake = previous.retake(dma, LATER);

        assertThat(retake.id()).isNotEqualTo(previous.id());
        assertThat(retake.company()).isEqualTo(previous.company());
        assertThat(retake.status()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(retake.startedAt()).isEqualTo(LATER);
        assertThat(retake.result()).isEmpty();
        assertThat(retake.answers()).isEqualTo(previous.answers());
    }

    @Test
    void dropsAnswersToQuestionsANewerVersionRemovedOrChanged() {
        Assessment previous = submitted(dma);
        String v1 = read("dma-v1.yaml");
        String v2 = v1.replace("version: 1\n", "version: 2\n");
        // q2 is gone; a new question takes its place
        v2 = once(v2, "      - id: q2\n", "      - id: q2-new\n");
        // q4 no longer offers option 5 ("in use"), which the previous answer picked
        String inUse = "          - {id: \"5\", score: 5, text: {en: \"In use\"";
        int line = v2.indexOf(inUse);
        v2 = once(v2, v2.substring(line, v2.indexOf('\n', line) + 1), "");
        // q11 asks the same items another way: the answer would still read, but would mean something else
        v2 = once(v2, "      - id: q11\n        type: three-step\n", "      - id: q11\n        type: scale\n");

        Assessment retake =
                previous.retake(ModelCatalog.parse("dma-v2.yaml", v2.getBytes(StandardCharsets.UTF_8)), LATER);

        assertThat(retake.model().version()).isEqualTo(2);
        assertThat(retake.answers()).doesNotContainKeys("q2", "q2-new", "q4", "q11");
        assertThat(retake.answers()).hasSize(previous.answers().size() - 3);
        retake.answers()
                .forEach((id, answer) ->
                        assertThat(answer).as(id).isEqualTo(previous.answers().get(id)));
        assertThat(retake.unanswered()).extracting(Question::id).containsExactlyInAnyOrder("q2-new", "q4", "q11");
    }

    @Test
    void refusesToRetakeAnAssessmentNotYetSubmitted() {
        Assessment open = Assessment.start(CompanyId.random(), dma, FIRST);

        Conflict refused = catchThrowableOfType(Conflict.class, () -> open.retake(dma, LATER));

        assertThat(refused.field()).isEqualTo("status");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("src/main/resources/models", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first occurrence of {@code from} replaced, which must be there. */
    private static String once(String text, String from, String to) {
        assertThat(text).contains(from);
        int at = text.indexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static Map<String, Object> plain(QuestionnaireModel model, Map<String, Answer> answers) {
        var plain = new LinkedHashMap<String, Object>();
        answers.forEach(
                (id, answer) -> plain.put(id, answer.toPlain(model.question(id).orElseThrow())));
        return plain;
    }
}
