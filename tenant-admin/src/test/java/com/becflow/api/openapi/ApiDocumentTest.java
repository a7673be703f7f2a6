package com.becflow.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the document is built from, checked without a server: every resource of the API is in it, and every
 * operation names itself. (The document itself is checked as served, in the server module's OpenApiDocumentIT.)
 */
class ApiDocumentTest {

    @Test
    void everyResourceOfTheApiIsInTheDocument() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(ApiDocument.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> resources;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/becflow/api"))) {
            resources = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
        }
        assertThat(resources).isNotEmpty();
        assertThat(ApiDocument.RESOURCES).containsExactlyInAnyOrderElementsOf(resources);
    }

    @Test
    void everyOperationHasAUniqueOperationIdASummaryAndATag() {
        List<ApiEndpoint> endpoints = ApiEndpoint.all();
        assertThat(endpoints).hasSizeGreaterThan(50);
        List<String> ids = endpoints.stream().map(e -> ApiDocument.operationOf(e.method()).operationId()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
        endpoints.forEach(e -> assertThat(ApiDocument.tagOf(e.resource()).name()).isNotBlank());
        assertThat(endpoints).extracting(ApiEndpoint::path)
                .allMatch(p -> p.startsWith("/") && !p.endsWith("/") && !p.contains("//"));
    }

    @Test
    void schemaNamesDropTheJsonSuffixAndNestedOnesCarryTheirOuterName() {
        assertThat(Schemas.nameOf(com.becflow.api.clients.ClientJson.class)).isEqualTo("Client");
        assertThat(Schemas.nameOf(com.becflow.api.invoicing.InvoiceJson.Totals.class)).isEqualTo("InvoiceTotals");
        assertThat(Schemas.nameOf(com.becflow.api.MoneyJson.class)).isEqualTo("Money");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
