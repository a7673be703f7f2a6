package com.becflow.it.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API document must be for clients to trust it: the rules of Redocly's "recommended" set that matter here
 * (named as Redocly names them), and some of our own (named {@code becflow-...}). They read the document as a JSON
 * tree, so a test can break a copy of it one rule at a time ({@code OpenApiRulesTest}).
 */
final class OpenApiRules {

    record Violation(String rule, String where, String message) {

        @Override
        public String toString() {
            return rule + " at " + where + ": " + message;
        }
    }

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonNode doc;
    private final List<Violation> violations = new ArrayList<>();

    private OpenApiRules(JsonNode doc) {
        this.doc = doc;
    }

    static JsonNode read(String yamlOrJson) {
        try {
            return YAML.readTree(yamlOrJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode doc) {
        try {
            return YAML.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What swagger-parser has to say about the document (its own structural checks); nothing, for a good one. */
    static List<String> parserMessages(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        List<String> messages = new OpenAPIV3Parser().readContents(document, null, options).getMessages();
        return messages == null ? List.of() : messages;
    }

    /** Every rule broken by the document; none, for a good one. */
    static List<Violation> check(JsonNode doc) {
        OpenApiRules rules = new OpenApiRules(doc);
        rules.structure();
        rules.servers();
        rules.operations();
        rules.tags();
        rules.references();
        rules.schemas();
        rules.money();
        return rules.violations;
    }

    private void fail(String rule, String where, String message) {
        violations.add(new Violation(rule, where, message));
    }

    // --- the document as a whole ---

    private void structure() {
        doc.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name) && !name.startsWith("x-")) {
                fail("struct", "/", "unknown top-level property " + name);
            }
        });
        if (!doc.path("openapi").asText().startsWith("3.")) {
            fail("struct", "/openapi", "not an OpenAPI 3 document");
        }
        JsonNode info = doc.path("info");
        if (info.path("title").asText().isBlank() || info.path("version").asText().isBlank()) {
            fail("struct", "/info", "title and version are required");
        }
        if (info.path("license").path("name").asText().isBlank()) {
            fail("info-license", "/info", "no license");
        }
    }

    private void servers() {
        JsonNode servers = doc.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            fail("no-empty-servers", "/servers", "no server");
            return;
        }
        for (JsonNode server : servers) {
            String url = server.path("url").asText();
            if (url.endsWith("/")) {
                fail("no-server-trailing-slash", "/servers", url);
            }
            if (url.contains("example.com") || url.contains("localhost")) {
                fail("no-server-example.com", "/servers", url + " (Payara's default names the host it runs on)");
            }
        }
    }

    // --- paths and operations ---

    private void operations() {
        Map<String, String> operationIds = new HashMap<>();
        boolean globalSecurity = doc.path("security").isArray() && !doc.path("security").isEmpty();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        if (!paths.hasNext()) {
            fail("struct", "/paths", "no paths");
        }
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String p = path.getKey();
            if (p.length() > 1 && p.endsWith("/")) {
                fail("no-path-trailing-slash", p, "path ends with /");
            }
            if (p.contains("?")) {
                fail("path-not-include-query", p, "query string in the path");
            }
            Set<String> templated = new LinkedHashSet<>();
            Matcher m = TEMPLATE.matcher(p);
            while (m.find()) {
                templated.add(m.group(1));
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operation(p + " " + method, operation, templated, operationIds, globalSecurity);
                }
            }
        }
    }

    private void operation(String where, JsonNode operation, Set<String> templated, Map<String, String> operationIds,
                           boolean globalSecurity) {
        String id = operation.path("operationId").asText();
        if (id.isBlank()) {
            fail("operation-operationId", where, "no operationId");
        } else {
            String other = operationIds.putIfAbsent(id, where);
            if (other != null) {
                fail("operation-operationId-unique", where, id + " is also the operationId of " + other);
            }
            if (!URL_SAFE.matcher(id).matches()) {
                fail("operation-operationId-url-safe", where, id);
            }
        }
        if (operation.path("summary").asText().isBlank()) {
            fail("operation-summary", where, "no summary");
        }
        Set<String> seen = new HashSet<>();
        Set<String> inPath = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String key = resolved.path("in").asText() + " " + resolved.path("name").asText();
            if (!seen.add(key)) {
                fail("operation-parameters-unique", where, key);
            }
            if (resolved.path("in").asText().equals("path")) {
                inPath.add(resolved.path("name").asText());
                if (!resolved.path("required").asBoolean()) {
                    fail("path-parameters-defined", where, "path parameter " + key + " is not required");
                }
            }
            if (!resolved.has("schema") && !resolved.has("content")) {
                fail("becflow-parameter-schema", where, key + " has no schema");
            }
        }
        if (!inPath.equals(templated)) {
            fail("path-parameters-defined", where, "the path names " + templated + ", the parameters " + inPath);
        }
        JsonNode body = operation.get("requestBody");
        if (body != null && (!resolve(body).path("content").isObject() || resolve(body).path("content").isEmpty())) {
            fail("becflow-request-body", where, "a request body without content");
        }
        responses(where, operation.path("responses"));
        if (!globalSecurity && !operation.path("security").isArray()) {
            fail("security-defined", where, "no security, here or for the whole document");
        }
        for (JsonNode requirement : operation.path("security")) {
            requirement.fieldNames().forEachRemaining(scheme -> securityScheme(where, scheme));
        }
        JsonNode tags = operation.path("tags");
        if (!tags.isArray() || tags.isEmpty()) {
            fail("operation-tag-defined", where, "no tag");
        }
        for (JsonNode tag : tags) {
            if (!declaredTags().contains(tag.asText())) {
                fail("operation-tag-defined", where, "tag " + tag.asText() + " is not declared");
            }
        }
    }

    private void responses(String where, JsonNode responses) {
        boolean success = false;
        boolean clientError = false;
        Iterator<Map.Entry<String, JsonNode>> all = responses.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> entry = all.next();
            String status = entry.getKey();
            JsonNode response = resolve(entry.getValue());
            if (response.path("description").asText().isBlank()) {
                fail("struct", where + " " + status, "a response without a description");
            }
            if (status.startsWith("3")) {
                success = true;
            }
            if (status.startsWith("2")) {
                success = true;
                response.path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("schema")) {
                        fail("becflow-response-schema", where + " " + status, media.getKey() + " has no schema");
                    }
                });
            }
            if (status.startsWith("4")) {
                clientError = true;
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode content = response.path("content");
                if (content.size() != 1 || !PROBLEM.equals(content.path("application/problem+json").path("schema")
                        .path("$ref").asText())) {
                    fail("becflow-problem-responses", where + " " + status,
                            "an error is described as application/problem+json with the Problem schema, only");
                }
            }
        }
        if (!success) {
            fail("operation-2xx-response", where, "no success response (2xx, or 3xx for a redirect)");
        }
        if (!clientError) {
            fail("operation-4xx-response", where, "no 4xx response");
        }
    }

    private void securityScheme(String where, String scheme) {
        if (!doc.path("components").path("securitySchemes").has(scheme)) {
            fail("security-defined", where, "security scheme " + scheme + " is not declared");
        }
    }

    private Set<String> declaredTags() {
        Set<String> names = new HashSet<>();
        doc.path("tags").forEach(tag -> names.add(tag.path("name").asText()));
        return names;
    }

    private void tags() {
        for (JsonNode tag : doc.path("tags")) {
            if (tag.path("description").asText().isBlank()) {
                fail("tag-description", "/tags", tag.path("name").asText() + " has no description");
            }
        }
        JsonNode security = doc.path("security");
        for (JsonNode requirement : security) {
            requirement.fieldNames().forEachRemaining(scheme -> securityScheme("/security", scheme));
        }
    }

    // --- references ---

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        return doc.at(ref.asText().substring(1));
    }

    private void references() {
        Set<String> refs = new HashSet<>();
        walk(doc, "", (pointer, node) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
                if (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode()) {
                    fail("no-unresolved-refs", pointer, ref.asText());
                }
            }
        });
        Set<String> schemesUsed = new HashSet<>();
        doc.path("security").forEach(r -> r.fieldNames().forEachRemaining(schemesUsed::add));
        doc.path("paths").forEach(item -> METHODS.forEach(method -> item.path(method).path("security")
                .forEach(r -> r.fieldNames().forEachRemaining(schemesUsed::add))));
        doc.path("components").fields().forEachRemaining(kind -> kind.getValue().fieldNames().forEachRemaining(name -> {
            String pointer = "#/components/" + kind.getKey() + "/" + name;
            boolean used = kind.getKey().equals("securitySchemes") ? schemesUsed.contains(name) : refs.contains(pointer);
            if (!used) {
                fail("no-unused-components", pointer, "never referred to");
            }
        }));
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(pointer, node);
            node.fields().forEachRemaining(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    // --- schemas ---

    private void schemas() {
        doc.path("components").path("schemas").fields()
                .forEachRemaining(e -> schema("#/components/schemas/" + e.getKey(), e.getValue()));
        walk(doc.path("paths"), "#/paths", (pointer, node) -> {
            if (node.has("schema")) {
                schema(pointer + "/schema", node.get("schema"));
            }
        });
        walk(doc.path("components").path("responses"), "#/components/responses", (pointer, node) -> {
            if (node.has("schema")) {
                schema(pointer + "/schema", node.get("schema"));
            }
        });
    }

    /** One schema and those within it: typed, never an opaque object, ids and times as the strings they are. */
    private void schema(String where, JsonNode schema) {
        if (schema.has("$ref")) {
            return;
        }
        String type = schema.path("type").asText();
        if (type.isEmpty() && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")) {
            fail("becflow-typed-schemas", where, "no type");
        }
        if (type.equals("object") && !schema.has("properties") && !schema.has("additionalProperties")) {
            fail("becflow-no-opaque-objects", where, "an object with no properties (ids and times are strings)");
        }
        for (JsonNode value : schema.path("enum")) {
            boolean matches = switch (type) {
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                default -> false;
            };
            if (!matches) {
                fail("no-enum-type-mismatch", where, value + " is not a " + type);
            }
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            property(where + "/properties/" + p.getKey(), p.getKey(), p.getValue());
            schema(where + "/properties/" + p.getKey(), p.getValue());
        });
        for (String nested : List.of("items", "additionalProperties", "not")) {
            if (schema.path(nested).isObject()) {
                schema(where + "/" + nested, schema.get(nested));
            }
        }
        for (String list : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode s : schema.path(list)) {
                schema(where + "/" + list, s);
            }
        }
        for (JsonNode name : schema.path("required")) {
            if (!schema.path("properties").has(name.asText())) {
                fail("becflow-required-properties", where, "requires " + name.asText() + ", which it does not have");
            }
        }
    }

    /** By its name, what a property holds: ids are strings; instants are date-time strings; days are date strings. */
    private void property(String where, String name, JsonNode schema) {
        if (schema.has("$ref")) {
            if (name.equals("id") || name.endsWith("Id") || name.endsWith("At")) {
                fail("becflow-ids-and-times", where, name + " refers to a structure");
            }
            return;
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if ((name.equals("id") || name.endsWith("Id")) && !type.equals("string")) {
            fail("becflow-ids-and-times", where, "an id is a string, not " + type);
        }
        if (name.endsWith("At") && !(type.equals("string") && format.equals("date-time"))) {
            fail("becflow-ids-and-times", where, "a moment is a date-time string, not " + type + " " + format);
        }
        if ((name.endsWith("Date") || name.equals("receivedOn")) && !(type.equals("string") && format.equals("date"))) {
            fail("becflow-ids-and-times", where, "a day is a date string, not " + type + " " + format);
        }
    }

    /** Money is a decimal string and its currency, both always there: never a binary float. */
    private void money() {
        JsonNode money = doc.path("components").path("schemas").path("Money");
        JsonNode amount = money.path("properties").path("amount");
        JsonNode currency = money.path("properties").path("currency");
        List<String> required = new ArrayList<>();
        money.path("required").forEach(r -> required.add(r.asText()));
        if (!amount.path("type").asText().equals("string") || amount.path("pattern").asText().isEmpty()
                || !currency.path("type").asText().equals("string") || !required.containsAll(List.of("amount", "currency"))) {
            fail("becflow-money", "#/components/schemas/Money",
                    "money is a required decimal string amount with a pattern, and a required currency string");
        }
    }
}
