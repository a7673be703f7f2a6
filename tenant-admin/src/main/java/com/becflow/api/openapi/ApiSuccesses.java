package com.becflow.api.openapi;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * An operation's success responses: as its {@link APIResponseSchema} or 2xx {@code @APIResponse} declare them (a
 * method producing a PDF may declare only its description), else the PDF with its hash for a method producing one,
 * else 200 with the Java return type as JSON.
 */
final class ApiSuccesses {

    private ApiSuccesses() {
    }

    static Map<String, APIResponse> of(ApiEndpoint endpoint, Schemas schemas) {
        Method method = endpoint.method();
        Map<String, APIResponse> successes = new LinkedHashMap<>();
        APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
        if (schema != null) {
            String status = schema.responseCode().isEmpty() ? "200" : schema.responseCode();
            successes.put(status, response(status, schema.responseDescription())
                    .content(OASFactory.createContent().addMediaType(endpoint.produces(), OASFactory.createMediaType()
                            .schema(schemas.of(schema.value(), Schemas.Use.RESPONSE)))));
        }
        for (var declared : method.getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            String status = declared.responseCode();
            if (!status.startsWith("2") && !status.startsWith("3")) {
                continue;
            }
            APIResponse response = response(status, declared.description());
            if (status.startsWith("3")) {
                successes.put(status, response);
                continue;
            }
            if (declared.content().length == 0 && endpoint.produces().equals("application/pdf")) {
                // A PDF made afresh on each request says so; its headers are those of every PDF.
                successes.put(status, pdf().description(declared.description()));
                continue;
            }
            if (declared.content().length > 0) {
                var content = OASFactory.createContent();
                for (Content c : declared.content()) {
                    Schema body = schemas.of(c.schema().implementation(), Schemas.Use.RESPONSE);
                    if (!c.schema().format().isEmpty()) {
                        body.format(c.schema().format()); // a file's bytes: "binary"
                    }
                    content.addMediaType(c.mediaType().isEmpty() ? endpoint.produces() : c.mediaType(),
                            OASFactory.createMediaType().schema(body));
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
        if (endpoint.produces().equals("application/pdf")) {
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

    private static org.eclipse.microprofile.openapi.models.media.Content json(ApiEndpoint endpoint, Schemas schemas) {
        return OASFactory.createContent().addMediaType(endpoint.produces(), OASFactory.createMediaType()
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

    static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
