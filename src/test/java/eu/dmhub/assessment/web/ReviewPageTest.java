package eu.dmhub.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The review page before submitting, over real HTTP: in every language it lists every question
 * with the answer given in words — each ticked item, each item's chosen option, yes or no — or
 * says that it is not answered yet, and links each to its question on its dimension page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewPageTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dma", "dii"})
    void showsEveryAnswerInWordsWithALinkToChangeItInEveryLanguage(String modelId) {
        var owner = Fixtures.aSignedInOwner(api);
        JsonNode english = api.get("/api/v1/models/" + modelId, null).json();
        Map<String, Object> answers = Fixtures.randomAnswers(english, new Random(11));
        String unanswered =
                answers.keySet().stream().reduce((first, last) -> last).orElseThrow();
        answers.remove(unanswered);
        String id = api.post(
                        "/api/v1/assessments", owner.token(), Map.of("companyId", owner.companyId(), "model", modelId))
                .json()
                .path("id")
                .asString();
        assertThat(api.put("/api/v1/assessments/" + id + "/answers", owner.token(), Map.of("answers", answers))
                        .status())
                .isEqualTo(200);
        var session = new WebSession(port).signIn(owner.email(), owner.password());

        for (Language language : Language.SUPPORTED) {
            JsonNode model =
                    api.get("/api/v1/models/" + modelId, null, language.code()).json();
            Document page = Jsoup.parse(session.get("/assessments/" + id + "/review?lang=" + language.code())
                    .body());
            int number = 0;
            for (JsonNode dimension : model.path("dimensions")) {
                number++;
                for (JsonNode question : dimension.path("questions")) {
                    String qid = question.path("id").asString();
                    String link = "/assessments/" + id + "/dimensions/" + number + "#answers-" + qid;
                    Element answer = page.selectFirst(".review-answer:has(a.change[href=\"" + link + "\"])");
                    assertThat(answer)
                            .as("%s %s links to its question", language, qid)
                            .isNotNull();
                    assertThat(answer.selectFirst("dt").text())
                            .isEqualTo(question.path("text").asString());
                    assertThat(answer.selectFirst("a.change").text())
                            .as("the visible words come first in the link's name")
                            .startsWith(message("review.change", language));
                    if (qid.equals(unanswered)) {
                        assertThat(answer.select(".not-answered").text())
                                .isEqualTo(message("review.not-answered", language));
                        assertThat(answer.select("ul.given")).isEmpty();
                    } else {
                        assertThat(answer.select("ul.given li").eachText())
                                .as("%s %s", language, qid)
                                .containsExactlyElementsOf(expected(question, answers.get(qid), language));
                    }
                }
            }
        }

        Document firstDimension =
                Jsoup.parse(session.get("/assessments/" + id + "/dimensions/1").body());
        String firstQuestion = english.path("dimensions")
                .get(0)
                .path("questions")
                .get(0)
                .path("id")
                .asString();
        assertThat(firstDimension.getElementById("answers-" + firstQuestion))
                .as("the link's anchor is on the dimension page")
                .isNotNull();
    }

    /** The lines the page should show for an answer as sent over the API, in the model's language texts. */
    private List<String> expected(JsonNode question, Object answer, Language language) {
        Map<String, String> items = texts(question.path("items"));
        Map<String, String> options = texts(question.path("options"));
        Map<String, String> columns = texts(question.path("columns"));
        String nothing = message("review.nothing-ticked", language);
        switch (question.path("type").asString()) {
            case "checklist" -> {
                List<?> ticked = (List<?>) answer;
                List<String> lines = items.entrySet().stream()
                        .filter(e -> ticked.contains(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList();
                return lines.isEmpty() ? List.of(nothing) : lines;
            }
            case "paired-checklist" -> {
                Map<?, ?> rows = (Map<?, ?>) answer;
                var lines = new ArrayList<String>();
                items.forEach((item, text) -> {
                    List<?> ticked = (List<?>) rows.get(item);
                    String given = columns.entrySet().stream()
                            .filter(e -> ticked != null && ticked.contains(e.getKey()))
                            .map(Map.Entry::getValue)
                            .collect(Collectors.joining(", "));
                    lines.add(text + ": " + (given.isEmpty() ? nothing : given));
                });
                return lines;
            }
            case "scale", "three-step" -> {
                Map<?, ?> chosen = (Map<?, ?>) answer;
                var lines = new ArrayList<String>();
                items.forEach((item, text) -> lines.add(text + ": " + options.get((String) chosen.get(item))));
                return lines;
            }
            case "yes-no" -> {
                return List.of(message("answer." + answer, language));
            }
            default -> {
                return List.of(options.get((String) answer));
            }
        }
    }

    private static Map<String, String> texts(JsonNode choices) {
        var texts = new LinkedHashMap<String, String>();
        StreamSupport.stream(choices.spliterator(), false)
                .forEach(c -> texts.put(c.path("id").asString(), c.path("text").asString()));
        return texts;
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
