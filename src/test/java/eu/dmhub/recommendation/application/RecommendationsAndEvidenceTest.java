package eu.dmhub.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.Fixtures.Owner;
import eu.dmhub.HttpApi;
import eu.dmhub.HttpApi.Reply;
import eu.dmhub.TestApplication;
import eu.dmhub.WebSession;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.FollowUpEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Recommendations over the API for companies of one peer group: they fit, they say why in the
 * reader's language, the plan keeps what the company chose, and the evidence from follow-ups equals
 * a brute-force recomputation from what the companies did, hidden below k in either group.
 */
class RecommendationsAndEvidenceTest {

    private static final int K = 3;
    private static final List<String> LEVELS = List.of("basic", "average", "moderately-advanced", "advanced");

    static ConfigurableApplicationContext app;
    static HttpApi api;
    static JsonNode dma;
    static JsonNode dii;

    /** What the test knows of one company. */
    static final class Company {
        Owner account;
        JsonNode first;
        JsonNode second;
        final Set<String> done = new HashSet<>();

        double score(JsonNode result, String dimension) {
            return line(result, dimension).path("score").asDouble();
        }

        String level(JsonNode result, String dimension) {
            return line(result, dimension).path("level").asString();
        }

        private static JsonNode line(JsonNode result, String dimension) {
            for (JsonNode d : result.path("dimensions")) {
                if (d.path("id").asString().equals(dimension)) {
                    return d;
                }
            }
            throw new IllegalArgumentException(dimension);
        }
    }

    @BeforeAll
    static void start() {
        app = TestApplication.start(
                "target/embedded-postgres/recommendations-" + System.nanoTime(),
                "--dmhub.benchmark.min-group-size=" + K);
        api = TestApplication.api(app);
        dma = api.get("/api/v1/models/dma", null).json();
        dii = api.get("/api/v1/models/dii", null).json();
    }

    @AfterAll
    static void stop() {
        api.assertNoServerErrors();
        app.close();
    }

    @Test
    void everyRecommendationFitsTheCompanyAndSaysWhyInItsLanguage() {
        var random = new Random(11);
        var companies = new ArrayList<Company>();
        for (int i = 0; i < 8; i++) {
            companies.add(assessed(random));
        }
        Events.awaitProcessed(app.getBean(JdbcClient.class));
        Company company = companies.get(0);
        String assessment = company.first.path("assessmentId").asString();
        JsonNode benchmark = api.get("/api/v1/assessments/" + assessment + "/benchmark", company.account.token())
                .json();
        Reply reply = api.get("/api/v1/assessments/" + assessment + "/recommendations", company.account.token());
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("available").asBoolean()).isTrue();
        String group = body.path("peerGroup").asString();
        assertThat(group).isEqualTo("Small companies in Manufacturing in Estonia");
        String inSentence = "small companies in Manufacturing in Estonia";
        JsonNode list = body.path("recommendations");
        assertThat(list.size()).isEqualTo(8);
        var perDimension = new HashMap<String, Integer>();
        Catalogue catalogue = app.getBean(Catalogue.class);
        for (JsonNode r : list) {
            String dimension = r.path("dimension").asString();
            perDimension.merge(dimension, 1, Integer::sum);
            CatalogueEntry entry = catalogue.find(r.path("entryId").asString()).orElseThrow();
            assertThat(entry.countries().isEmpty() || entry.countries().contains("EE"))
                    .isTrue();
            assertThat(entry.sectors().isEmpty() || entry.sectors().contains("C"))
                    .isTrue();
            assertThat(entry.sizes().isEmpty() || entry.sizes().toString().contains("SMALL"))
                    .isTrue();
            int level = LEVELS.indexOf(company.level(company.first, dimension));
            assertThat(level).isBetween(LEVELS.indexOf(entry.fromLevel()), LEVELS.indexOf(entry.toLevel()));
            assertThat(r.path("toolboxUrl").asString()).isEqualTo("/toolbox/" + entry.id());
            List<String> reasons = new ArrayList<>();
            r.path("reasons").forEach(reason -> reasons.add(reason.asString()));
            String title = r.path("dimensionTitle").asString();
            JsonNode peers = peerLine(benchmark, dimension);
            double score = company.score(company.first, dimension);
            if (score < peers.path("lowerQuartile").asDouble()) {
                assertThat(reasons)
                        .anyMatch(s -> s.startsWith("Your " + title + " score (")
                                && s.contains("is in the lowest quarter of " + inSentence));
            } else if (score < peers.path("median").asDouble()) {
                assertThat(reasons).anyMatch(s -> s.contains("is below the median of " + inSentence));
            } else {
                assertThat(reasons).noneMatch(s -> s.contains(inSentence));
            }
            assertThat(reasons)
                    .anyMatch(s ->
                            s.startsWith("It suits companies at the ") && s.endsWith(" in " + title + ", like yours."));
        }
        assertThat(perDimension.values()).allMatch(n -> n <= 3);

        JsonNode estonian = api.get(
                        "/api/v1/assessments/" + assessment + "/recommendations", company.account.token(), "et")
                .json();
        assertThat(estonian.path("peerGroup").asString()).contains("Eesti");
        assertThat(estonian.path("recommendations").get(0).path("reasons").toString())
                .contains("See sobib ettevõtetele");
    }

    @Test
    void recommendationsAreOnlyForTheCompanyThatWasAssessed() {
        var random = new Random(12);
        Company company = assessed(random);
        Company other = assessed(random);
        String assessment = company.first.path("assessmentId").asString();
        assertThat(api.get("/api/v1/assessments/" + assessment + "/recommendations", other.account.token())
                        .status())
                .isEqualTo(404);
        Reply badLimit =
                api.get("/api/v1/assessments/" + assessment + "/recommendations?limit=0", company.account.token());
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
        assertThat(api.get("/api/v1/assessments/" + assessment + "/recommendations?limit=20", company.account.token())
                        .json()
                        .path("recommendations")
                        .size())
                .isGreaterThan(8);
    }

    @Test
    void aDiiResultIsRecommendedEntriesForTheIndicatorsTheCompanyDoesNotMeetSayingWhy() {
        Owner owner = Fixtures.aSignedInOwner(api);
        var answers = new LinkedHashMap<String, Object>();
        var questions = new HashMap<String, String>();
        dii.path("dimensions").forEach(d -> d.path("questions").forEach(q -> {
            String id = q.path("id").asString();
            answers.put(id, Set.of("crm", "website", "ai").contains(id) ? "no" : "yes");
            questions.put(id, q.path("text").asString());
        }));
        JsonNode result = Fixtures.submit(api, owner, "dii", answers);
        String path = "/api/v1/assessments/" + result.path("assessmentId").asString() + "/recommendations";

        JsonNode body = api.get(path, owner.token()).json();
        assertThat(body.path("available").asBoolean()).isTrue();
        JsonNode list = body.path("recommendations");
        assertThat(list.size()).isGreaterThanOrEqualTo(3);
        Catalogue catalogue = app.getBean(Catalogue.class);
        var served = new HashSet<String>();
        for (JsonNode r : list) {
            CatalogueEntry entry = catalogue.find(r.path("entryId").asString()).orElseThrow();
            String indicator = entry.indicators().stream()
                    .filter(Set.of("crm", "website", "ai")::contains)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(entry.id() + " helps with no missing indicator"));
            served.add(indicator);
            List<String> reasons = new ArrayList<>();
            r.path("reasons").forEach(reason -> reasons.add(reason.asString()));
            assertThat(reasons.get(0))
                    .isEqualTo("You answered no to “" + questions.get(indicator)
                            + "”, one of the indicators of the Digital Intensity Index.");
            assertThat(reasons)
                    .contains("Your score is 9 of 12 indicators; indicators still missing for the Very high level: 1.");
        }
        assertThat(served).containsExactlyInAnyOrder("crm", "website", "ai");

        JsonNode estonian = api.get(path, owner.token(), "et").json();
        assertThat(estonian.path("recommendations")
                        .get(0)
                        .path("reasons")
                        .get(0)
                        .asString())
                .startsWith("Vastasite küsimusele „")
                .contains("eitavalt");
    }

    @Test
    void thePlanKeepsWhatTheCompanyChoseAndRefusesBadChangesNamingTheField() {
        var random = new Random(13);
        Company company = assessed(random);
        Company other = assessed(random);
        String token = company.account.token();
        String assessment = company.first.path("assessmentId").asString();
        JsonNode top = api.get("/api/v1/assessments/" + assessment + "/recommendations", token)
                .json()
                .path("recommendations");
        String entry = top.get(0).path("entryId").asString();
        Reply added = api.post("/api/v1/plan/items", token, Map.of("entryId", entry, "assessmentId", assessment));
        assertThat(added.status()).isEqualTo(201);
        String item = added.json().path("id").asString();
        assertThat(added.json().path("status").asString()).isEqualTo("planned");
        assertThat(added.json().path("dimension").asString())
                .isEqualTo(top.get(0).path("dimension").asString());
        Reply again = api.post("/api/v1/plan/items", token, Map.of("entryId", entry, "assessmentId", assessment));
        assertThat(again.json().path("id").asString()).isEqualTo(item);

        Reply changed = api.patch(
                "/api/v1/plan/items/" + item,
                token,
                Map.of(
                        "owner",
                        "Mari Tamm",
                        "targetDate",
                        "2027-03-31",
                        "status",
                        "in-progress",
                        "notes",
                        "Ask the DIH"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("targetDate").asString()).isEqualTo("2027-03-31");

        Reply bad = api.patch(
                "/api/v1/plan/items/" + item,
                token,
                Map.of("owner", "Jaan", "targetDate", "31.03.2027", "status", "finished"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("targetDate").contains("status").contains("31.03.2027");
        JsonNode kept = api.get("/api/v1/plan", token).json().get(0);
        assertThat(kept.path("owner").asString()).isEqualTo("Mari Tamm");
        assertThat(kept.path("status").asString()).isEqualTo("in-progress");
        assertThat(kept.path("doneAt").isNull()).isTrue();

        Reply done = api.patch("/api/v1/plan/items/" + item, token, Map.of("status", "done"));
        assertThat(done.json().path("doneAt").isNull()).isFalse();
        assertThat(done.json().path("notes").asString()).isEqualTo("Ask the DIH");
        assertThat(api.get("/api/v1/assessments/" + assessment + "/recommendations", token)
                        .json()
                        .path("recommendations")
                        .get(0)
                        .path("planStatus")
                        .asString())
                .isEqualTo("done");

        assertThat(api.patch("/api/v1/plan/items/" + item, other.account.token(), Map.of("status", "dropped"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/plan", other.account.token()).json().size()).isZero();
        Reply foreign = api.post(
                "/api/v1/plan/items", other.account.token(), Map.of("entryId", entry, "assessmentId", assessment));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("assessment");
        Reply unknown =
                api.post("/api/v1/plan/items", token, Map.of("entryId", "no-such-entry", "assessmentId", assessment));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("entry").contains("no-such-entry");
    }

    @Test
    void theResultPageShowsTheRecommendationsAndThePlanPagesKeepChangesOrNameTheBadField() {
        var random = new Random(15);
        var registration = Fixtures.aSmallManufacturerInTartu();
        var company = new Company();
        company.account = Fixtures.aSignedInOwner(api, registration);
        company.first = Fixtures.submit(api, company.account, "dma", Fixtures.randomAnswers(dma, random));
        Company other = assessed(random);
        String assessment = company.first.path("assessmentId").asString();
        var web = new WebSession(api.port())
                .signIn((String) registration.get("email"), (String) registration.get("password"));
        String resultPath = "/assessments/" + assessment + "/result";
        Document result = Jsoup.parse(web.get(resultPath).body());
        var items = result.select("#recommendations li.recommendation");
        assertThat(items).hasSize(8);
        assertThat(items.get(0).select("ul.reasons li")).isNotEmpty();
        String entry = items.get(0).attr("data-entry");
        assertThat(items.get(0).select("a").attr("href")).isEqualTo("/toolbox/" + entry);

        WebSession.Page added = web.post(resultPath, "/plan/items", Map.of("entry", entry, "assessment", assessment));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).contains(resultPath);
        Document after = Jsoup.parse(web.get(resultPath).body());
        assertThat(after.select("#recommendations li[data-entry=" + entry + "] .in-plan")
                        .text())
                .contains("Planned");
        assertThat(after.select("#plan tr[data-entry=" + entry + "]")).hasSize(1);

        Document plan = Jsoup.parse(web.get("/plan").body());
        String change = plan.select("tr[data-entry=" + entry + "] a[href^=/plan/items/]")
                .attr("href");
        WebSession.Page bad = web.post(
                change, change, Map.of("owner", "Mari", "targetDate", "next spring", "status", "done", "notes", ""));
        assertThat(bad.status()).isEqualTo(400);
        Document refused = Jsoup.parse(bad.body());
        assertThat(refused.select(".error-summary a[href=#targetDate]").text()).contains("next spring");
        assertThat(refused.select("#owner").attr("value")).isEqualTo("Mari");
        assertThat(api.get("/api/v1/plan", company.account.token())
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("planned");

        WebSession.Page saved = web.post(
                change,
                change,
                Map.of("owner", "Mari", "targetDate", "2027-05-01", "status", "done", "notes", "Booked"));
        assertThat(saved.status()).isEqualTo(302);
        Document updated = Jsoup.parse(web.get("/plan").body());
        assertThat(updated.select("tr[data-entry=" + entry + "] .status").text())
                .isEqualTo("Done");
        assertThat(updated.select("tr[data-entry=" + entry + "]").text())
                .contains("Mari")
                .contains("Booked");

        var otherWeb = new WebSession(api.port());
        assertThat(otherWeb.get(change).status()).isEqualTo(302);
        String otherToken = other.account.token();
        assertThat(api.get("/api/v1/plan", otherToken).json().size()).isZero();
    }

    @Test
    void theEvidenceEqualsABruteForceRecomputationAndIsHiddenBelowKInEitherGroup() {
        var random = new Random(14);
        var companies = new ArrayList<Company>();
        for (int i = 0; i < 48; i++) {
            Company company = assessed(random);
            String assessment = company.first.path("assessmentId").asString();
            JsonNode top = api.get("/api/v1/assessments/" + assessment + "/recommendations", company.account.token())
                    .json()
                    .path("recommendations");
            for (int j = 0; j < Math.min(4, top.size()); j++) {
                String entry = top.get(j).path("entryId").asString();
                String item = api.post(
                                "/api/v1/plan/items",
                                company.account.token(),
                                Map.of("entryId", entry, "assessmentId", assessment))
                        .json()
                        .path("id")
                        .asString();
                if (random.nextInt(3) > 0) {
                    api.patch("/api/v1/plan/items/" + item, company.account.token(), Map.of("status", "done"));
                    company.done.add(entry);
                }
            }
            if (i % 6 != 5) {
                company.second = Fixtures.submit(api, company.account, "dma", Fixtures.randomAnswers(dma, random));
            }
            companies.add(company);
        }
        Events.awaitProcessed(app.getBean(JdbcClient.class));

        FollowUps followUps = app.getBean(FollowUps.class);
        int shown = 0;
        int hidden = 0;
        for (JsonNode dimension : dma.path("dimensions")) {
            String d = dimension.path("id").asString();
            for (String level : LEVELS) {
                var group = companies.stream()
                        .filter(c -> c.second != null && c.level(c.first, d).equals(level))
                        .toList();
                for (CatalogueEntry entry : app.getBean(Catalogue.class).entries()) {
                    Optional<FollowUpEvidence.Estimate> expected = bruteForce(group, d, entry.id());
                    Optional<FollowUpEvidence.Estimate> actual = followUps.estimate("dma", d, level, entry.id());
                    assertThat(actual.isPresent())
                            .as(d + "/" + level + "/" + entry.id())
                            .isEqualTo(expected.isPresent());
                    if (expected.isPresent()) {
                        shown++;
                        assertThat(actual.get().completed())
                                .isEqualTo(expected.get().completed());
                        assertThat(actual.get().others())
                                .isEqualTo(expected.get().others());
                        assertThat(actual.get().extraGain())
                                .isCloseTo(expected.get().extraGain(), org.assertj.core.data.Offset.offset(1e-9));
                    } else if (group.stream().anyMatch(c -> c.done.contains(entry.id()))) {
                        hidden++;
                    }
                }
            }
        }
        assertThat(shown).as("estimates shown").isPositive();
        assertThat(hidden).as("estimates hidden below k").isPositive();
    }

    /** The estimate from the test's own record of who did what, or empty when a group is under k. */
    private static Optional<FollowUpEvidence.Estimate> bruteForce(List<Company> group, String dimension, String entry) {
        long completed = 0;
        long others = 0;
        double completedChange = 0;
        double othersChange = 0;
        for (Company c : group) {
            double change = c.score(c.second, dimension) - c.score(c.first, dimension);
            if (c.done.contains(entry)) {
                completed++;
                completedChange += change;
            } else {
                others++;
                othersChange += change;
            }
        }
        if (completed < K || others < K) {
            return Optional.empty();
        }
        return Optional.of(new FollowUpEvidence.Estimate(completed, completedChange, others, othersChange));
    }

    private static Company assessed(Random random) {
        var company = new Company();
        company.account = Fixtures.aSignedInOwner(api, Fixtures.aSmallManufacturerInTartu());
        company.first = Fixtures.submit(api, company.account, "dma", Fixtures.randomAnswers(dma, random));
        return company;
    }

    private static JsonNode peerLine(JsonNode benchmark, String dimension) {
        for (JsonNode line : benchmark.path("dimensions")) {
            if (line.path("dimension").asString().equals(dimension)) {
                return line;
            }
        }
        throw new IllegalArgumentException(dimension);
    }
}
