package com.becflow.it.inserver.scenario;

import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.NewFreelancerAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * This server's REST API over HTTP, as a tenant's freelancer calls it: an account of their own at the identity
 * provider, a token from it, and the bearer token on every request. Tokens keep the identity provider's real time,
 * so they work however far the scenario's clock has moved.
 */
public final class ScenarioApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String token;

    private ScenarioApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static ScenarioApi signIn(ClockScenarios harness, TenantContext ctx) {
        String email = "freelancer-" + ctx.tenant().value() + "@scenario.becflow.test";
        String password = "scenario-" + UUID.randomUUID();
        harness.accounts.register(new NewFreelancerAccount(email, "Scenario", "Freelancer", password, ctx.tenant()));
        String form = "grant_type=password&client_id=becflow-cli&scope=openid&username="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password,
                StandardCharsets.UTF_8);
        JsonObject reply = send(HttpRequest.newBuilder(URI.create(harness.identity.issuer()
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return new ScenarioApi(harness.baseUrl() + "/api/v1", reply.getString("access_token"));
    }

    /** GET a path under {@code /api/v1}, e.g. {@code /invoices?status=OVERDUE}. */
    public JsonObject get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token).GET());
    }

    /** Number to status of the invoices the API lists under a status filter (null: all), first page of 200. */
    public Map<String, String> invoiceStatuses(String status) {
        JsonObject page = get("/invoices?size=200" + (status == null ? "" : "&status=" + status));
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonValue item : page.getJsonArray("items")) {
            JsonObject invoice = item.asJsonObject();
            statuses.put(invoice.isNull("number") ? "Draft " + invoice.getString("id") : invoice.getString("number"),
                    invoice.getString("status"));
        }
        return statuses;
    }

    private static JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
