package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operators and API users rely on besides the API itself: its description and the health checks. */
class PlatformEndpointsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOpenApiDocumentDescribesTheClientsApiAndItsBearerSecurity() throws Exception {
        HttpResponse<String> openApi = get("/openapi");
        assertThat(openApi.statusCode()).isEqualTo(200);
        // Payara merges the documents of both applications (workspace and portal) and titles the merge
        // "Deployed Resources"; the description is still the one ApiApplication defines.
        assertThat(openApi.body()).contains("A freelancer's clients, contracts and invoices", "/api/v1/clients:",
                "/api/v1/clients/{id}:", "/api/v1/signups:", "/api/v1/contracts/{id}/send:",
                "/api/v1/contract-templates:", "scheme: bearer");
    }

    @Test
    void healthSaysStartedLiveAndReadyWithTheDatabaseCheck() throws Exception {
        assertThat(get("/health/started").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"UP\"", "\"migrated\":\"true\"");
    }
}
