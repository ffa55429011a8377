package eu.dmhub.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Completes the generated description with what holds for every operation, so that no controller
 * has to repeat it and none can forget it: whether it needs a token, and the client errors every
 * operation of its kind can answer, each as an RFC 9457 problem detail. Answers a controller
 * documents itself (a 409 with its reason, say) are kept; only their media type is made the
 * problem type the API really sends.
 */
class ApiDescription implements GlobalOpenApiCustomizer {

    static final String PROBLEM_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    private static final String REFUSED_ADDRESS =
            "a path with `;`, `..`, `//`, an encoded `/` or `.`, or a NUL character";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        api.getComponents().addSchemas("FieldError", fieldErrorSchema());
        if (api.getComponents().getSchemas() != null) {
            // Spring's ProblemDetail class is replaced by the shape the API sends
            api.getComponents().getSchemas().remove("ProblemDetail");
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean secured =
                    operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (!secured) {
                // said explicitly: this operation needs no token
                operation.setSecurity(new ArrayList<>());
            }
            complete(operation, secured);
        }));
    }

    private static void complete(Operation operation, boolean secured) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasPathId = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        // an id in the path that is not one answers 404, like an unknown one: only bodies and query
        // parameters can be bad input
        boolean hasQuery = parameters.stream().anyMatch(p -> !"path".equals(p.getIn()));
        // any address can carry a path trick, which the firewall or Tomcat refuses before any operation
        if (hasBody || hasQuery) {
            add(
                    responses,
                    "400",
                    "Bad input: `errors` names each offending field and says what is wrong; or " + REFUSED_ADDRESS);
        } else {
            add(responses, "400", "An address the platform refuses: " + REFUSED_ADDRESS);
        }
        if (secured) {
            add(responses, "401", "No valid token: send `Authorization: Bearer <token>` from POST /api/v1/auth/token");
            add(responses, "403", "Your role may not do this");
        }
        if (hasPathId) {
            add(responses, "404", "No such resource, or another organisation's");
        }
        if (hasBody) {
            add(responses, "413", "The request body is larger than the API accepts");
            add(responses, "415", "The request body is not of a media type this operation accepts");
        }
        add(responses, "406", "None of the media types in `Accept` can be answered");
        responses.forEach((status, response) -> {
            if (status.startsWith("4")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                new StringSchema()
                        .description("A URI naming the kind of problem")
                        .example("about:blank"));
        properties.put(
                "title",
                new StringSchema()
                        .description("The kind of problem, in the caller's language")
                        .example("Invalid input"));
        properties.put(
                "status", new IntegerSchema().description("The HTTP status").example(400));
        properties.put(
                "detail",
                new StringSchema()
                        .description("What went wrong, in the caller's language")
                        .example("email: Enter an e-mail address"));
        properties.put(
                "instance",
                new StringSchema().description("The path of the request").example("/api/v1/auth/register"));
        properties.put(
                "errors",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("Each offending field, when the problem is about fields"));
        Schema schema =
                new ObjectSchema().description("An RFC 9457 problem detail").properties(properties);
        schema.setRequired(List.of("title", "status", "detail"));
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "field",
                new StringSchema()
                        .description("The field, as a path into the body or a parameter name")
                        .example("company.registryCode"));
        properties.put(
                "code",
                new StringSchema().description("A stable code for the problem").example("error.required"));
        properties.put(
                "message",
                new StringSchema()
                        .description("The problem in the caller's language")
                        .example("Enter a value."));
        Schema schema = new ObjectSchema().description("One offending field").properties(properties);
        schema.setRequired(List.of("field", "code", "message"));
        return schema;
    }
}
