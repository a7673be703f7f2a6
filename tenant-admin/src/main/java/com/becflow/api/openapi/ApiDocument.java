package com.becflow.api.openapi;

import com.becflow.api.assistant.AssistantResource;
import com.becflow.api.clients.ClientResource;
import com.becflow.api.contracts.ContractCancellationResource;
import com.becflow.api.contracts.ContractResource;
import com.becflow.api.contracts.ContractTemplateResource;
import com.becflow.api.dashboard.DashboardResource;
import com.becflow.api.exports.ExportResource;
import com.becflow.api.invoicing.InvoiceResource;
import com.becflow.api.invoicing.InvoiceSettingsResource;
import com.becflow.api.invoicing.LateFeeResource;
import com.becflow.api.me.MeResource;
import com.becflow.api.operator.PaymentEventResource;
import com.becflow.api.operator.TenantResource;
import com.becflow.api.reminders.ReminderResource;
import com.becflow.api.security.PublicEndpoint;
import com.becflow.api.signup.SignUpResource;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The API's OpenAPI document, built from the resources that serve it (Payara's own scan is off: it types ids and
 * times as {@code object}, names operations after Java methods and cannot read some of our types).
 *
 * <p>What the JAX-RS annotations say (paths, methods, parameters, bodies, media types) and the Java types say (see
 * {@link Schemas}) is taken as it is. Each resource adds its {@link Tag}; each method its {@code @Operation}
 * (operationId and summary, both required), and, where the Java return type cannot tell, its success responses
 * ({@link APIResponseSchema} or {@code @APIResponse} with a 2xx code). A method returning a PDF answers 200 with the
 * bytes and their hash.
 *
 * <p>Errors follow from what our filter and exception mappers do, and are the components under
 * {@code #/components/responses}, all {@code application/problem+json}: 401 and 403 for everything behind a token
 * ({@code BearerTokenFilter}); 400 for anything with a body, query parameters or a change (malformed body, invalid
 * fields, invalid parameters); 404 for anything naming a resource in its path (also for an id that is not one);
 * 409 for a change to a named resource (a state the change does not fit, or a concurrent change); 500 always.
 * A method declares any other error it can give with {@code @APIResponse(responseCode = "409")} (and the like: 413
 * for a body too large, 429 for a rate limit, each with its reusable response).
 */
public class ApiDocument implements OASModelReader {

    /** Every resource of the API, in the document's order of tags; {@code ApiDocumentTest} checks none is missing. */
    static final List<Class<?>> RESOURCES = List.of(MeResource.class, ClientResource.class,
            ContractTemplateResource.class, ContractResource.class, InvoiceResource.class, InvoiceSettingsResource.class,
            SignUpResource.class, TenantResource.class, PaymentEventResource.class, DashboardResource.class, ExportResource.class,
            AssistantResource.class, LateFeeResource.class,
            ContractCancellationResource.class, ReminderResource.class);

    static final String BEARER = "bearer";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The reusable error responses, by status; the document carries those its operations use. */
    static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound", "409", "Conflict",
            "413", "PayloadTooLarge", "429", "TooManyRequests", "500", "InternalError"));

    /** One operation: a resource method with its HTTP method and path (relative to the server, {@code /api/v1}). */
    record Endpoint(Class<?> resource, Method method, PathItem.HttpMethod http, String path) {

        boolean isPublic() {
            return resource.isAnnotationPresent(PublicEndpoint.class);
        }

        boolean changes() {
            return http != PathItem.HttpMethod.GET;
        }
    }

    @Override
    public OpenAPI buildModel() {
        OpenAPI api = ApiDocumentHeader.header();
        Schemas schemas = new Schemas();
        List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            Tag tag = tagOf(resource);
            tags.add(OASFactory.createTag().name(tag.name()).description(tag.description()));
        }
        TreeSet<String> errorsUsed = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            PathItem item = api.getPaths().getPathItem(endpoint.path());
            if (item == null) {
                item = OASFactory.createPathItem();
                api.getPaths().addPathItem(endpoint.path(), item);
            }
            item.setOperation(endpoint.http(), operation(endpoint, schemas, errorsUsed));
        }
        Map<String, Schema> components = new TreeMap<>(schemas.components());
        components.put("Problem", problem());
        components.put("FieldError", fieldError());
        Map<String, APIResponse> errors = new TreeMap<>();
        errorsUsed.forEach(status -> errors.put(ERRORS.get(status), errorResponse(status)));
        return api.tags(tags)
                .security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))))
                .components(OASFactory.createComponents()
                        .schemas(components)
                        .responses(errors)
                        .securitySchemes(new TreeMap<>(Map.of(BEARER, OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("""
                                        An access token (JWT) from Becflow's Keycloak realm, for a freelancer of the \
                                        workspace it acts for (claim `tenant_id`), or for a platform operator (role \
                                        `operator`) on the operator endpoints. Scripts get one with the password grant \
                                        of the public client `becflow-cli` at the realm's token endpoint.""")))));
    }

    /** Every resource method with an HTTP method, ordered by path and then GET, PUT, POST, DELETE. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                PathItem.HttpMethod http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(resource, method, http, join(base, sub == null ? "" : sub.value())));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::http));
        return endpoints;
    }

    private static PathItem.HttpMethod httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return PathItem.HttpMethod.GET;
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return PathItem.HttpMethod.PUT;
        }
        if (method.isAnnotationPresent(POST.class)) {
            return PathItem.HttpMethod.POST;
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return PathItem.HttpMethod.DELETE;
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = "/" + strip(base) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        // A template may carry a regular expression ({id: [0-9]+}); the document names the parameter only.
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }

    static Tag tagOf(Class<?> resource) {
        Tag tag = resource.getAnnotation(Tag.class);
        if (tag == null || tag.name().isEmpty() || tag.description().isEmpty()) {
            throw new IllegalStateException(resource.getName() + " needs @Tag with a name and a description");
        }
        return tag;
    }

    static org.eclipse.microprofile.openapi.annotations.Operation operationOf(Method method) {
        var operation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (operation == null || operation.operationId().isEmpty() || operation.summary().isEmpty()) {
            throw new IllegalStateException(method + " needs @Operation with an operationId and a summary");
        }
        return operation;
    }

    private Operation operation(Endpoint endpoint, Schemas schemas, Set<String> errorsUsed) {
        Method method = endpoint.method();
        var annotation = operationOf(method);
        Operation operation = OASFactory.createOperation()
                .operationId(annotation.operationId())
                .summary(annotation.summary())
                .tags(new ArrayList<>(List.of(tagOf(endpoint.resource()).name())));
        if (!annotation.description().isEmpty()) {
            operation.description(annotation.description());
        }
        List<Parameter> parameters = new ArrayList<>();
        RequestBody body = null;
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            if (path != null) {
                parameters.add(parameter(path.value(), Parameter.In.PATH, p, schemas));
            } else if (query != null) {
                parameters.add(parameter(query.value(), Parameter.In.QUERY, p, schemas));
            } else if (Arrays.stream(p.getAnnotations()).anyMatch(ApiDocument::isJaxRs)) {
                throw new IllegalStateException(method + ": the document knows path and query parameters only");
            } else {
                body = OASFactory.createRequestBody()
                        .required(p.isAnnotationPresent(NotNull.class))
                        .content(OASFactory.createContent().addMediaType(consumes(endpoint),
                                OASFactory.createMediaType().schema(schemas.of(p.getParameterizedType(),
                                        Schemas.Use.REQUEST))));
            }
        }
        if (!parameters.isEmpty()) {
            operation.parameters(parameters);
        }
        if (body != null) {
            operation.requestBody(body);
        }
        APIResponses responses = OASFactory.createAPIResponses();
        successes(endpoint, schemas).forEach(responses::addAPIResponse);
        TreeSet<String> errors = errors(endpoint, body != null, parameters);
        errorsUsed.addAll(errors);
        errors.forEach(status -> responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .ref("#/components/responses/" + ERRORS.get(status))));
        operation.responses(responses);
        if (endpoint.isPublic()) {
            // Anyone may call it: an empty requirement. (An empty list would be dropped when the document is written.)
            operation.security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        return operation;
    }

    private static boolean isJaxRs(Annotation annotation) {
        return annotation.annotationType().getPackageName().equals("jakarta.ws.rs");
    }

    private static Parameter parameter(String name, Parameter.In in, java.lang.reflect.Parameter p, Schemas schemas) {
        var annotation = p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        Schema schema = annotation == null ? schemas.of(p.getParameterizedType(), Schemas.Use.REQUEST)
                : schemas.of(p.getParameterizedType(), new SchemaOf(annotation.schema()), Schemas.Use.REQUEST);
        DefaultValue defaultValue = p.getAnnotation(DefaultValue.class);
        if (defaultValue != null) {
            schema.defaultValue(typed(defaultValue.value(), schema.getType()));
        }
        Parameter parameter = OASFactory.createParameter().name(name).in(in).schema(schema)
                .required(in == Parameter.In.PATH || annotation != null && annotation.required());
        if (annotation != null && !annotation.description().isEmpty()) {
            parameter.description(annotation.description());
        }
        return parameter;
    }

    private static Object typed(String value, Schema.SchemaType type) {
        if (type == Schema.SchemaType.INTEGER) {
            return Long.parseLong(value);
        }
        if (type == Schema.SchemaType.NUMBER) {
            return new BigDecimal(value);
        }
        if (type == Schema.SchemaType.BOOLEAN) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }

    /** A parameter's {@code @Parameter(schema = @Schema(...))}, seen as if it sat on the parameter itself. */
    private record SchemaOf(org.eclipse.microprofile.openapi.annotations.media.Schema schema)
            implements java.lang.reflect.AnnotatedElement {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends Annotation> T getAnnotation(Class<T> type) {
            return type == org.eclipse.microprofile.openapi.annotations.media.Schema.class ? (T) schema : null;
        }

        @Override
        public Annotation[] getAnnotations() {
            return new Annotation[] {schema};
        }

        @Override
        public Annotation[] getDeclaredAnnotations() {
            return getAnnotations();
        }
    }

    private static String consumes(Endpoint endpoint) {
        Consumes consumes = endpoint.method().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = endpoint.resource().getAnnotation(Consumes.class);
        }
        return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
    }

    private static String produces(Endpoint endpoint) {
        Produces produces = endpoint.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = endpoint.resource().getAnnotation(Produces.class);
        }
        return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
    }

    private static Map<String, APIResponse> successes(Endpoint endpoint, Schemas schemas) {
        Method method = endpoint.method();
        Map<String, APIResponse> successes = new LinkedHashMap<>();
        APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
        if (schema != null) {
            String status = schema.responseCode().isEmpty() ? "200" : schema.responseCode();
            successes.put(status, response(status, schema.responseDescription())
                    .content(OASFactory.createContent().addMediaType(produces(endpoint), OASFactory.createMediaType()
                            .schema(schemas.of(schema.value(), Schemas.Use.RESPONSE)))));
        }
        for (var declared : method.getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            String status = declared.responseCode();
            if (!status.startsWith("2")) {
                continue;
            }
            APIResponse response = response(status, declared.description());
            if (declared.content().length > 0) {
                var content = OASFactory.createContent();
                for (Content c : declared.content()) {
                    content.addMediaType(c.mediaType().isEmpty() ? produces(endpoint) : c.mediaType(),
                            OASFactory.createMediaType().schema(schemas.of(c.schema().implementation(), Schemas.Use.RESPONSE)));
                }
                response.content(content);
            } else if (!status.equals("204") && returnsBody(method)) {
                response.content(json(endpoint, schemas));
            }
            successes.put(status, response);
        }
        if (!successes.isEmpty()) {
            return successes;
        }
        if (produces(endpoint).equals("application/pdf")) {
            successes.put("200", pdf());
            return successes;
        }
        if (!returnsBody(method)) {
            throw new IllegalStateException(method + " returns no typed body: declare its responses with "
                    + "@APIResponseSchema or @APIResponse");
        }
        successes.put("200", response("200", "").content(json(endpoint, schemas)));
        return successes;
    }

    private static boolean returnsBody(Method method) {
        return method.getReturnType() != Response.class && method.getReturnType() != void.class;
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(Endpoint endpoint, Schemas schemas) {
        return OASFactory.createContent().addMediaType(produces(endpoint), OASFactory.createMediaType()
                .schema(schemas.of(endpoint.method().getGenericReturnType(), Schemas.Use.RESPONSE)));
    }

    private static APIResponse response(String status, String description) {
        return OASFactory.createAPIResponse().description(description.isEmpty()
                ? Response.Status.fromStatusCode(Integer.parseInt(status)).getReasonPhrase() : description);
    }

    private static APIResponse pdf() {
        return OASFactory.createAPIResponse()
                .description("The PDF, exactly as stored when it was made")
                .headers(new TreeMap<>(Map.of(
                        "X-Content-SHA256", header("The SHA-256 of the body, in hex: what the document's verification "
                                + "page and the audit trail know it by", OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING).pattern("^[0-9a-f]{64}$")),
                        "Content-Disposition", header("attachment, with a file name",
                                OASFactory.createSchema().type(Schema.SchemaType.STRING)))))
                .content(OASFactory.createContent().addMediaType("application/pdf", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"))));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    /** The error statuses an operation can answer with, by the rules in this class's comment. */
    static TreeSet<String> errors(Endpoint endpoint, boolean hasBody, List<Parameter> parameters) {
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

    private static APIResponse errorResponse(String status) {
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
            response.headers(new TreeMap<>(Map.of("WWW-Authenticate", header("`Bearer realm=\"becflow\"`",
                    OASFactory.createSchema().type(Schema.SchemaType.STRING)))));
        }
        if (status.equals("429")) {
            response.headers(new TreeMap<>(Map.of("Retry-After", header("Seconds to wait before trying again",
                    OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")))));
        }
        return response;
    }

    /** What {@code com.becflow.api.problem.Problem} writes (RFC 9457, with our code and field errors). */
    private static Schema problem() {
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

    private static Schema fieldError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("The field's path as sent, e.g. `billingAddress.city` or `lines[0].quantity`"));
        properties.put("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(properties)
                .required(new ArrayList<>(List.of("field", "message")));
    }
}
