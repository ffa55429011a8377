package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.dmhub.HttpApi;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description as a contract: an answer of the real API is checked against what the
 * description says of its operation — the status is one it names, and a JSON body is valid against
 * the schema given for that status (required fields present, types, enums, nulls only where
 * allowed).
 */
final class ApiContract {

    private final JsonNode description;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final List<String> violations = new java.util.ArrayList<>();

    ApiContract(JsonNode description) {
        this.description = description;
    }

    /** Checks {@code reply} to {@code method} {@code path} (a concrete path) against the description. */
    HttpApi.Reply check(String method, String path, HttpApi.Reply reply) {
        String template = template(path);
        JsonNode operation = description.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isMissingNode())
                .as("%s %s is described", method, template)
                .isFalse();
        JsonNode response = operation.path("responses").path(String.valueOf(reply.status()));
        if (response.isMissingNode()) {
            violations.add("%s %s answered %d, which it does not describe: %s"
                    .formatted(method, template, reply.status(), reply.body()));
            return reply;
        }
        if (reply.body().isEmpty()
                || reply.contentType() == null
                || !reply.contentType().contains("json")) {
            return reply;
        }
        String mediaType = reply.contentType().split(";")[0].trim();
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        assertThat(schema.isMissingNode())
                .as("%s %s %d describes a %s body", method, template, reply.status(), mediaType)
                .isFalse();
        List<Error> errors = validator(schema).validate(reply.json());
        errors.forEach(error ->
                violations.add("%s %s %d: %s in %s".formatted(method, template, reply.status(), error, reply.body())));
        return reply;
    }

    /** What the answers checked so far broke of the description's schemas. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    private com.networknt.schema.Schema validator(JsonNode schema) {
        ObjectNode root = HttpApi.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putArray("allOf").add(schema);
        // the description's own $refs (#/components/schemas/…) resolve against this document
        root.set("components", description.path("components"));
        return schemas.getSchema(root);
    }

    /** The described path that {@code path} is an instance of. */
    String template(String path) {
        String bare = path.split("\\?")[0];
        for (String template : description.path("paths").propertyNames()) {
            String pattern = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (bare.equals(template) || Pattern.matches(pattern, bare)) {
                return template;
            }
        }
        throw new AssertionError("No described path matches " + bare);
    }
}
