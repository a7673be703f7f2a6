package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules the API document is held to, proven able to fail: the checked-in document passes them all, and a copy
 * broken in one place breaks the rule about that place. {@code OpenApiDocumentIT} holds the served document to the
 * same rules and to the checked-in copy.
 */
class OpenApiRulesTest {

    private static final JsonNode CHECKED_IN = OpenApiRules.read(checkedIn());

    static String checkedIn() {
        try (InputStream in = OpenApiRulesTest.class.getResourceAsStream("/openapi/becflow.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCheckedInDocumentBreaksNoRuleAndTheParserHasNothingToSay() {
        String document = checkedIn();
        assertThat(OpenApiRules.parserMessages(document)).isEmpty();
        assertThat(OpenApiRules.check(CHECKED_IN)).isEmpty();
    }

    @Test
    void theParserReportsAnUnknownTopLevelPropertyLikePayarasEndpoints() {
        ObjectNode doc = CHECKED_IN.deepCopy();
        doc.putObject("endpoints").putArray("/").add("/api/v1/clients");
        assertThat(OpenApiRules.parserMessages(OpenApiRules.write(doc))).anyMatch(m -> m.contains("endpoints"));
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("struct", doc -> doc.putObject("endpoints").putArray("/").add("/api/v1/clients")),
                broken("struct", doc -> ((ObjectNode) doc.get("info")).remove("version")),
                broken("info-license", doc -> ((ObjectNode) doc.get("info")).remove("license")),
                broken("no-empty-servers", doc -> doc.putArray("servers")),
                broken("no-server-trailing-slash", doc -> server(doc).put("url", "http://localhost:8080/")),
                broken("no-server-example.com", doc -> server(doc).put("url", "https://api.example.com/api/v1")),
                broken("no-server-example.com", doc -> server(doc).put("url", "http://localhost:8080/api/v1")),
                broken("no-path-trailing-slash", doc -> renamePath(doc, "/clients", "/clients/")),
                broken("path-not-include-query", doc -> renamePath(doc, "/clients", "/clients?archived=true")),
                broken("path-parameters-defined", doc -> renamePath(doc, "/clients/{id}", "/clients/{clientId}")),
                broken("path-parameters-defined", doc -> ((ObjectNode) firstParameter(doc, "/clients/{id}", "get"))
                        .put("required", false)),
                broken("operation-operationId", doc -> op(doc, "/clients", "get").remove("operationId")),
                broken("operation-operationId-unique", doc -> op(doc, "/clients/{id}", "get")
                        .put("operationId", "listClients")),
                broken("operation-operationId-url-safe", doc -> op(doc, "/clients", "get").put("operationId", "list clients")),
                broken("operation-summary", doc -> op(doc, "/clients", "get").remove("summary")),
                broken("operation-parameters-unique", doc -> ((ArrayNode) op(doc, "/clients", "get").get("parameters"))
                        .add(op(doc, "/clients", "get").get("parameters").get(0).deepCopy())),
                broken("becflow-parameter-schema", doc -> ((ObjectNode) firstParameter(doc, "/clients/{id}", "get"))
                        .remove("schema")),
                broken("operation-2xx-response", doc -> responses(doc, "/clients/{id}", "get").remove("200")),
                broken("operation-4xx-response", doc -> responses(doc, "/me", "get").retain("200", "500")),
                broken("becflow-response-schema", doc -> ((ObjectNode) responses(doc, "/clients/{id}", "get")
                        .at("/200/content/application~1json")).remove("schema")),
                broken("becflow-problem-responses", doc -> responses(doc, "/clients/{id}", "get").putObject("404")
                        .put("description", "Not found")),
                broken("becflow-problem-responses", doc -> ((ObjectNode) doc.at("/components/responses/NotFound/content"))
                        .set("application/json", doc.at("/components/responses/NotFound/content/application~1problem+json")
                                .deepCopy())),
                broken("struct", doc -> ((ObjectNode) doc.at("/components/responses/NotFound")).remove("description")),
                broken("security-defined", doc -> {
                    doc.remove("security");
                    op(doc, "/clients", "get").remove("security");
                }),
                broken("security-defined", doc -> ((ObjectNode) doc.at("/components/securitySchemes")).set("other",
                        ((ObjectNode) doc.at("/components/securitySchemes")).remove("bearer"))),
                broken("operation-tag-defined", doc -> op(doc, "/clients", "get").putArray("tags").add("Customers")),
                broken("operation-tag-defined", doc -> op(doc, "/clients", "get").remove("tags")),
                broken("tag-description", doc -> ((ObjectNode) doc.get("tags").get(0)).remove("description")),
                broken("no-unresolved-refs", doc -> ((ObjectNode) doc.at("/components/schemas/Client/properties/billingAddress"))
                        .put("$ref", "#/components/schemas/PostalAddress")),
                broken("no-unused-components", doc -> ((ObjectNode) doc.at("/components/schemas"))
                        .putObject("Unused").put("type", "string")),
                broken("becflow-typed-schemas", doc -> ((ObjectNode) doc.at("/components/schemas/Client/properties/name"))
                        .remove("type")),
                broken("becflow-no-opaque-objects", doc -> ((ObjectNode) firstParameter(doc, "/clients/{id}", "get")
                        .get("schema")).removeAll().put("type", "object")),
                broken("becflow-ids-and-times", doc -> ((ObjectNode) doc.at("/components/schemas/Client/properties/id"))
                        .removeAll().put("type", "object").putObject("properties").putObject("value").put("type", "string")),
                broken("becflow-ids-and-times", doc -> ((ObjectNode) doc.at("/components/schemas/Client/properties/createdAt"))
                        .put("format", "date")),
                broken("becflow-ids-and-times", doc -> ((ObjectNode) doc.at("/components/schemas/Invoice/properties/dueDate"))
                        .put("format", "date-time")),
                broken("no-enum-type-mismatch", doc -> ((ArrayNode) doc.at("/components/schemas/Invoice/properties/status/enum"))
                        .add(3)),
                broken("becflow-required-properties", doc -> ((ArrayNode) doc.at("/components/schemas/Client/required"))
                        .add("nickname")),
                broken("becflow-money", doc -> ((ObjectNode) doc.at("/components/schemas/Money/properties/amount"))
                        .removeAll().put("type", "number").put("format", "double")),
                broken("becflow-request-body", doc -> ((ObjectNode) op(doc, "/clients", "post").get("requestBody"))
                        .remove("content")));
    }

    private static Arguments broken(String rule, Consumer<ObjectNode> breakIt) {
        return Arguments.of(rule, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void aCopyBrokenInOnePlaceBreaksTheRuleAboutIt(String rule, Consumer<ObjectNode> breakIt) {
        ObjectNode doc = CHECKED_IN.deepCopy();
        breakIt.accept(doc);
        List<OpenApiRules.Violation> violations = OpenApiRules.check(doc);
        assertThat(violations).extracting(OpenApiRules.Violation::rule).contains(rule);
    }

    private static ObjectNode server(ObjectNode doc) {
        return (ObjectNode) doc.get("servers").get(0);
    }

    private static ObjectNode op(ObjectNode doc, String path, String method) {
        return (ObjectNode) doc.get("paths").get(path).get(method);
    }

    private static ObjectNode responses(ObjectNode doc, String path, String method) {
        return (ObjectNode) op(doc, path, method).get("responses");
    }

    private static JsonNode firstParameter(ObjectNode doc, String path, String method) {
        return op(doc, path, method).get("parameters").get(0);
    }

    private static void renamePath(ObjectNode doc, String from, String to) {
        ObjectNode paths = (ObjectNode) doc.get("paths");
        paths.set(to, paths.remove(from));
    }
}
