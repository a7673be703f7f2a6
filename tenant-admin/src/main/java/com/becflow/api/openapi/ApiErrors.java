package com.becflow.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error responses of the API's operations, by the rules in {@link ApiDocument}'s comment, and the
 * {@code application/problem+json} body they all share.
 */
final class ApiErrors {

    static final String PROBLEM_JSON = "application/problem+json";

    /** The reusable error responses, by status; the document carries those its operations use. */
    static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound", "409", "Conflict",
            "413", "PayloadTooLarge", "429", "TooManyRequests", "500", "InternalError"));

    private ApiErrors() {
    }

    /** The error statuses an operation can answer with, by the rules in this class's comment. */
    static TreeSet<String> of(ApiEndpoint endpoint, boolean hasBody, List<Parameter> parameters) {
        boolean named = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean queried = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        TreeSet<String> errors = new TreeSet<>();
        if (!endpoint.isPublic()) {
            errors.add("401");
            errors.add("403");
        }
        if (hasBody || queried || endpoint.changes()) {
            errors.add("400");
        }
        if (named) {
            errors.add("404");
        }
        if (named && endpoint.changes()) {
            errors.add("409");
        }
        for (var declared : endpoint.method().getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            String status = declared.responseCode();
            if (status.startsWith("4") || status.startsWith("5")) {
                if (!ERRORS.containsKey(status)) {
                    throw new IllegalStateException(endpoint.method() + " declares " + status
                            + ", which has no reusable response");
                }
                errors.add(status);
            }
        }
        errors.add("500");
        return errors;
    }

    static APIResponse response(String status) {
        String description = switch (status) {
            case "400" -> "The request cannot be used: a body that is not JSON or has a field this endpoint does not "
                    + "know (`malformed-request`), invalid fields (`validation`, `client.invalid`, `invoice.invalid`, "
                    + "...) or invalid query parameters (`invalid-parameters`); `errors` names each field.";
            case "401" -> "No bearer token, or one that is not valid (`unauthorized`).";
            case "403" -> "The token's workspace is suspended (`tenant.not-served`) or read-only after its trial "
                    + "(`tenant.read-only`), or the endpoint is for operators (`operator-only`).";
            case "404" -> "Nothing of that id in this workspace (`client.not-found`, `invoice.not-found`, ...), or a "
                    + "path that is not an id; another workspace's ids are not found either.";
            case "409" -> "The change does not fit where the resource stands; the code names the rule (e.g. "
                    + "`invoice.void.already-paid`, `contract.state-conflict`, `payment.pending.no-answer`), or "
                    + "someone changed it at the same time (`concurrent-change`).";
            case "413" -> "The request body is larger than this endpoint takes.";
            case "429" -> "Too many requests; the `Retry-After` header says in how many seconds to try again.";
            case "500" -> "Something went wrong on our side (`internal`); the detail names an incident id to quote.";
            default -> throw new IllegalArgumentException(status);
        };
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        if (status.equals("401")) {
            response.headers(new TreeMap<>(Map.of("WWW-Authenticate", ApiSuccesses.header(
                    "`Bearer realm=\"becflow\"`", OASFactory.createSchema().type(Schema.SchemaType.STRING)))));
        }
        if (status.equals("429")) {
            response.headers(new TreeMap<>(Map.of("Retry-After", ApiSuccesses.header(
                    "Seconds to wait before trying again",
                    OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")))));
        }
        return response;
    }

    /** What {@code com.becflow.api.problem.Problem} writes (RFC 9457, with our code and field errors). */
    static Schema problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")
                .description("`https://becflow.com/problems/` followed by the code"));
        properties.put("title", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("The status's name, e.g. `Conflict`"));
        properties.put("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                .description("The HTTP status, repeated"));
        properties.put("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("What went wrong, stable for programs to act on (e.g. `invoice.void.already-paid`); "
                        + "new codes may appear"));
        properties.put("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("What went wrong, for people"));
        properties.put("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))
                .description("One entry per invalid field or parameter, when the error is about fields"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457 problem details), as every error of the API is written")
                .properties(properties)
                .required(new ArrayList<>(List.of("type", "title", "status", "code")));
    }

    static Schema fieldError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("The field's path as sent, e.g. `billingAddress.city` or `lines[0].quantity`"));
        properties.put("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(properties)
                .required(new ArrayList<>(List.of("field", "message")));
    }
}
