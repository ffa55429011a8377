package eu.dmhub;

import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.IdentityStore.OrganisationKind;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.PrivacyNotice;
import eu.dmhub.identity.domain.RegistryCode;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.SizeClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Test data in the domain's words. */
public final class Fixtures {

    /** From 500,000 up: the demo seeder's made-up registry codes use the numbers below. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500_000 + (int) (System.nanoTime() % 400_000));

    private Fixtures() {}

    /** A unique registration of a small metalworking company in Tartu. */
    public static Map<String, Object> aSmallManufacturerInTartu() {
        int n = SEQUENCE.incrementAndGet();
        var company = new LinkedHashMap<String, Object>();
        company.put("legalName", "Tartu Metall " + n + " OÜ");
        company.put("country", "EE");
        company.put("registryCode", aRegistryCode("EE"));
        company.put("naceDivision", "25");
        company.put("sizeClass", "SMALL");
        company.put("region", "EE008");
        var registration = new LinkedHashMap<String, Object>();
        registration.put("email", "owner" + n + "-" + System.nanoTime() + "@example.com");
        registration.put("password", "correct horse battery");
        registration.put("name", "Mari Tamm");
        registration.put("language", "en");
        registration.put("privacyNotice", PrivacyNotice.VERSION);
        registration.put("company", company);
        return registration;
    }

    /**
     * A registry code no other fixture has, valid in {@code country}: the register's format and a
     * check digit that fits, so registrations pass the real rules.
     */
    public static String aRegistryCode(String country) {
        return RegistryCode.madeUp(new CountryCode(country), SEQUENCE.incrementAndGet())
                .value();
    }

    /** A registration such as {@link #aSmallManufacturerInTartu()} as the sign-up form's fields. */
    public static Map<String, String> registrationForm(Map<String, Object> registration) {
        var fields = new LinkedHashMap<String, String>();
        registration.forEach((k, v) -> {
            if (!(v instanceof Map)) {
                fields.put(k, String.valueOf(v));
            }
        });
        company(registration).forEach((k, v) -> fields.put("company." + k, String.valueOf(v)));
        return fields;
    }

    /** Moves a company (the map of {@link #company}) to {@code country}, with a registry code valid there. */
    public static Map<String, Object> inCountry(Map<String, Object> company, String country) {
        company.put("country", country);
        company.put("registryCode", aRegistryCode(country));
        return company;
    }

    /** The company part of a registration such as {@link #aSmallManufacturerInTartu()}, to read or change. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> company(Map<String, Object> registration) {
        return (Map<String, Object>) registration.get("company");
    }

    /** An SME user who registered their company over the API, and their token. */
    public record Owner(String email, String password, String token, String companyId) {}

    /** Registers a small manufacturer in Tartu over the API and signs its owner in. */
    public static Owner aSignedInOwner(HttpApi api) {
        return aSignedInOwner(api, aSmallManufacturerInTartu());
    }

    /** Registers {@code registration} over the API and signs its owner in. */
    public static Owner aSignedInOwner(HttpApi api, Map<String, Object> registration) {
        HttpApi.Reply created = api.post("/api/v1/auth/register", null, registration);
        if (created.status() != 201) {
            throw new IllegalStateException("Registration failed: " + created.status() + " " + created.body());
        }
        String email = (String) registration.get("email");
        String password = (String) registration.get("password");
        return new Owner(
                email,
                password,
                token(api, email, password),
                created.json().path("companyId").asString());
    }

    /** Signs in over the API; the bearer token. */
    public static String token(HttpApi api, String email, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", password))
                .json()
                .path("token")
                .asString();
    }

    /** A person with one role in an organisation of their own (a company for SME users). */
    public static Registered aPersonWithRole(
            RegistrationService registrations, String email, String password, Role role) {
        var details = new CompanyDetails(
                role + " organisation " + System.nanoTime(),
                new CountryCode("LV"),
                RegistryCode.madeUp(new CountryCode("LV"), SEQUENCE.incrementAndGet()),
                NaceSector.ofDivision("62"),
                SizeClass.SMALL,
                null);
        var kind = role == Role.SME_USER ? OrganisationKind.COMPANY : OrganisationKind.OPERATOR;
        return registrations.create(email, password, "Person " + role, Language.ENGLISH, kind, details, Set.of(role));
    }

    /**
     * A company of its own owner in {@code country}, NACE {@code division} and {@code size}: for
     * tests that need a peer group no other fixture fills.
     */
    public static Registered aCompanyIn(
            RegistrationService registrations, String email, String country, String division, SizeClass size) {
        var details = new CompanyDetails(
                "Company " + SEQUENCE.incrementAndGet(),
                new CountryCode(country),
                RegistryCode.madeUp(new CountryCode(country), SEQUENCE.incrementAndGet()),
                NaceSector.ofDivision(division),
                size,
                null);
        return registrations.create(
                email,
                "module-password",
                "Owner of " + details.legalName(),
                Language.ENGLISH,
                OrganisationKind.COMPANY,
                details,
                Set.of(Role.SME_USER));
    }

    /** The best possible answer to every question of a model, built from its API description. */
    public static Map<String, Object> bestAnswers(JsonNode model) {
        return answers(model, Fixtures::bestAnswer);
    }

    public static Object bestAnswer(JsonNode question) {
        return answer(question, Fixtures::best, item -> true);
    }

    /** An answer to every question of a model, each option and tick drawn at random. */
    public static Map<String, Object> randomAnswers(JsonNode model, java.util.Random random) {
        return answers(
                model,
                question -> answer(
                        question,
                        choices -> choices.get(random.nextInt(choices.size()))
                                .path("id")
                                .asString(),
                        item -> random.nextBoolean()));
    }

    private static Map<String, Object> answers(JsonNode model, java.util.function.Function<JsonNode, Object> answer) {
        var answers = new LinkedHashMap<String, Object>();
        for (JsonNode dimension : model.path("dimensions")) {
            for (JsonNode question : dimension.path("questions")) {
                answers.put(question.path("id").asString(), answer.apply(question));
            }
        }
        return answers;
    }

    /** An answer of the question's shape: {@code pick} chooses among options, {@code tick} checklist items. */
    private static Object answer(
            JsonNode question,
            java.util.function.Function<JsonNode, String> pick,
            java.util.function.Predicate<JsonNode> tick) {
        String type = question.path("type").asString();
        switch (type) {
            case "checklist" -> {
                var ticked = new java.util.ArrayList<String>();
                var items = new java.util.ArrayList<JsonNode>();
                question.path("items").forEach(i -> {
                    if (!i.path("exclusive").asBoolean()) {
                        items.add(i);
                    }
                });
                items.stream().filter(tick).forEach(i -> ticked.add(i.path("id").asString()));
                if (ticked.isEmpty()) {
                    ticked.add(items.get(0).path("id").asString());
                }
                return ticked;
            }
            case "paired-checklist" -> {
                var rows = new LinkedHashMap<String, Object>();
                question.path("items")
                        .forEach(i -> rows.put(i.path("id").asString(), List.of(pick.apply(question.path("columns")))));
                return rows;
            }
            case "scale", "three-step" -> {
                var rows = new LinkedHashMap<String, Object>();
                question.path("items")
                        .forEach(i -> rows.put(i.path("id").asString(), pick.apply(question.path("options"))));
                return rows;
            }
            default -> {
                return pick.apply(question.path("options"));
            }
        }
    }

    /** Starts, answers and submits an assessment over the API; answers the submitted result. */
    public static JsonNode submit(HttpApi api, Owner account, String model, Map<String, Object> answers) {
        String id = api.post(
                        "/api/v1/assessments",
                        account.token(),
                        Map.of("companyId", account.companyId(), "model", model))
                .json()
                .path("id")
                .asString();
        api.put("/api/v1/assessments/" + id + "/answers", account.token(), Map.of("answers", answers));
        HttpApi.Reply submitted = api.post("/api/v1/assessments/" + id + "/submit", account.token(), "");
        if (submitted.status() != 200) {
            throw new IllegalStateException("Submit failed: " + submitted.status() + " " + submitted.body());
        }
        return submitted.json();
    }

    private static String best(JsonNode choices) {
        String best = null;
        double score = -1;
        for (JsonNode choice : choices) {
            if (choice.path("score").asDouble() > score) {
                score = choice.path("score").asDouble();
                best = choice.path("id").asString();
            }
        }
        return best;
    }

    /**
     * Starts, answers at random (two thirds “yes”) and submits a Digital Intensity Index check over
     * the API; answers the submitted result.
     */
    public static JsonNode submitRandomDii(
            HttpApi api, JsonNode model, String company, String token, java.util.Random random) {
        String id = api.post("/api/v1/assessments", token, Map.of("companyId", company, "model", "dii"))
                .json()
                .path("id")
                .asString();
        var answers = new LinkedHashMap<String, Object>();
        model.path("dimensions").forEach(d -> d.path("questions")
                .forEach(q -> answers.put(q.path("id").asString(), random.nextInt(3) > 0 ? "yes" : "no")));
        api.put("/api/v1/assessments/" + id + "/answers", token, Map.of("answers", answers));
        HttpApi.Reply submitted = api.post("/api/v1/assessments/" + id + "/submit", token, "");
        if (submitted.status() != 200) {
            throw new IllegalStateException("Submit failed: " + submitted.status() + " " + submitted.body());
        }
        return submitted.json();
    }
}
