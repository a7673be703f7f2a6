package com.becflow.api.openapi;

import com.becflow.api.assistant.AssistantResource;
import com.becflow.api.books.BooksAccountsResource;
import com.becflow.api.books.BooksCallbackResource;
import com.becflow.api.books.BooksResource;
import com.becflow.api.clients.ClientResource;
import com.becflow.api.clients.ClientStatementResource;
import com.becflow.api.contracts.ContractCancellationResource;
import com.becflow.api.contracts.ContractResource;
import com.becflow.api.contracts.ContractTemplateResource;
import com.becflow.api.dashboard.DashboardResource;
import com.becflow.api.disputes.InvoiceDisputeResource;
import com.becflow.api.feedback.ClientFeedbackResource;
import com.becflow.api.exports.ExportResource;
import com.becflow.api.invoicing.InvoiceResource;
import com.becflow.api.invoicing.InvoiceSettingsResource;
import com.becflow.api.invoicing.LateFeeResource;
import com.becflow.api.me.MeResource;
import com.becflow.api.operator.PaymentEventResource;
import com.becflow.api.operator.TenantResource;
import com.becflow.api.packages.PackageDealResource;
import com.becflow.api.plans.PaymentPlanResource;
import com.becflow.api.plans.PlanLimitsResource;
import com.becflow.api.thanks.ClientThankYouResource;
import com.becflow.api.recurring.RecurringInvoiceResource;
import com.becflow.api.reminders.ReminderResource;
import com.becflow.api.signup.SignUpResource;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
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
            AssistantResource.class, LateFeeResource.class, InvoiceDisputeResource.class, ClientFeedbackResource.class,
            ContractCancellationResource.class, ReminderResource.class, PlanLimitsResource.class,
            PaymentPlanResource.class, BooksResource.class, BooksAccountsResource.class, BooksCallbackResource.class,
            RecurringInvoiceResource.class,
            PackageDealResource.class, ClientThankYouResource.class, ClientStatementResource.class);

    static final String BEARER = "bearer";
    @Override
    public OpenAPI buildModel() {
        OpenAPI api = ApiDocumentHeader.header();
        Schemas schemas = new Schemas();
        List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Class<?> resource : RESOURCES) {
            Tag tag = tagOf(resource);
            // Resources that share a tag (a public callback beside its resource) list it once.
            if (named.add(tag.name())) {
                tags.add(OASFactory.createTag().name(tag.name()).description(tag.description()));
            }
        }
        TreeSet<String> errorsUsed = new TreeSet<>();
        for (ApiEndpoint endpoint : ApiEndpoint.all()) {
            PathItem item = api.getPaths().getPathItem(endpoint.path());
            if (item == null) {
                item = OASFactory.createPathItem();
                api.getPaths().addPathItem(endpoint.path(), item);
            }
            item.setOperation(endpoint.http(), operation(endpoint, schemas, errorsUsed));
        }
        Map<String, Schema> components = new TreeMap<>(schemas.components());
        components.put("Problem", ApiErrors.problem());
        components.put("FieldError", ApiErrors.fieldError());
        Map<String, APIResponse> errors = new TreeMap<>();
        errorsUsed.forEach(status -> errors.put(ApiErrors.ERRORS.get(status), ApiErrors.response(status)));
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

    private Operation operation(ApiEndpoint endpoint, Schemas schemas, Set<String> errorsUsed) {
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
                        .content(OASFactory.createContent().addMediaType(endpoint.consumes(),
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
        ApiSuccesses.of(endpoint, schemas).forEach(responses::addAPIResponse);
        TreeSet<String> errors = ApiErrors.of(endpoint, body != null, parameters);
        errorsUsed.addAll(errors);
        errors.forEach(status -> responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .ref("#/components/responses/" + ApiErrors.ERRORS.get(status))));
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
}
