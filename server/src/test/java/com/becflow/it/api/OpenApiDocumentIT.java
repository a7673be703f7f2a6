package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API document as the running server serves it at {@code /openapi}: valid, breaking none of the rules in
 * {@link OpenApiRules}, and the very document checked in at {@code src/test/resources/openapi/becflow.yaml}, from
 * which the build generates the client {@code GeneratedClientIT} uses. A change to the API changes the served
 * document; this test then fails and writes what is served to {@code target/openapi/served.yaml}, to be looked at
 * and copied over the checked-in one.
 */
class OpenApiDocumentIT {

    private static String served;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RunningServer.baseUrl() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        served = response.body();
    }

    @Test
    void theServedDocumentParsesWithoutAMessage() {
        assertThat(OpenApiRules.parserMessages(served)).isEmpty();
    }

    @Test
    void theServedDocumentBreaksNoRule() {
        assertThat(OpenApiRules.check(OpenApiRules.read(served))).isEmpty();
    }

    @Test
    void itIsTheCheckedInDocumentTheClientIsGeneratedFrom() throws Exception {
        JsonNode servedTree = OpenApiRules.read(served);
        JsonNode checkedIn = OpenApiRules.read(OpenApiRulesTest.checkedIn());
        if (!servedTree.equals(checkedIn)) {
            Path copy = Path.of("target", "openapi", "served.yaml");
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, served);
            throw new AssertionError("The served API document differs from src/test/resources/openapi/becflow.yaml "
                    + "(first difference at " + firstDifference(checkedIn, servedTree, "") + "). What is served is in "
                    + copy.toAbsolutePath() + ": if the change is meant, copy it over the checked-in one.");
        }
    }

    @Test
    void itIsTheBecflowApiWithItsBearerSecurity() {
        JsonNode doc = OpenApiRules.read(served);
        assertThat(doc.at("/info/title").asText()).isEqualTo("Becflow API");
        assertThat(doc.at("/info/version").asText()).isEqualTo("1.0.0");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(doc.at("/security/0").has("bearer")).isTrue();
        // Anyone may sign up; the portal's link endpoints are not part of the API.
        assertThat(doc.at("/paths/~1signups/post/security/0").isEmpty()).isTrue();
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/clients", "/invoices/{id}/issue", "/invoices/{id}/invoice.pdf")
                .noneMatch(p -> p.startsWith("/portal") || p.startsWith("/api"));
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isObject() && actual.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                if (!expected.path(name).equals(actual.path(name))) {
                    return firstDifference(expected.path(name), actual.path(name),
                            pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(expected.get(i), actual.get(i), pointer + "/" + i);
                }
            }
        }
        return pointer.isEmpty() ? "/" : pointer;
    }
}
