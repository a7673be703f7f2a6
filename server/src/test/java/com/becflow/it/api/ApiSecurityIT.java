package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.identity.KeycloakAccounts;
import com.becflow.integrations.local.LocalPlatform;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.NewFreelancerAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may call the API, proven against the real Keycloak and the assembled server. */
class ApiSecurityIT {

    @Test
    void aCallWithoutTokenIsRefusedWith401() {
        Api.Reply reply = Api.get("/clients", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("unauthorized");
    }

    @Test
    void aTokenWhosePayloadWasChangedIsRefused() {
        Api.Freelancer a = Api.signUp("Forgery Target");
        Api.Freelancer b = Api.signUp("Forger");
        String token = Api.token(b);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(b.tenantId(), a.tenantId());
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(Api.get("/clients", forged).status()).isEqualTo(401);
        assertThat(Api.get("/clients", token).status()).isEqualTo(200);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = Api.token(Api.signUp("Unsigned"));
        String[] parts = token.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Api.get("/clients", none + "." + parts[1] + ".").status()).isEqualTo(401);
    }

    @Test
    void aTokenOfATenantAIsBlindToTenantB() {
        Api.Freelancer a = Api.signUp("Tenant A Studio");
        Api.Freelancer b = Api.signUp("Tenant B Studio");
        String tokenA = Api.token(a);
        String tokenB = Api.token(b);
        String id = Api.post("/clients", tokenB, Api.clientJson("B's client", "b@client.test")).json().getString("id");

        assertThat(Api.get("/clients/" + id, tokenA).status()).isEqualTo(404);
        assertThat(Api.put("/clients/" + id, tokenA, Api.clientJson("Hijacked", "x@client.test")).status()).isEqualTo(404);
        assertThat(Api.post("/clients/" + id + "/archive", tokenA, null).status()).isEqualTo(404);
        assertThat(Api.get("/clients?archived=true", tokenA).json().getInt("total")).isZero();

        JsonObject stillB = Api.get("/clients/" + id, tokenB).json();
        assertThat(stillB.getString("name")).isEqualTo("B's client");
        assertThat(stillB.getBoolean("archived")).isFalse();
    }

    @Test
    void aTokenThatNamesNoTenantIsRefusedWith401() {
        String operator = Api.token("operator@becflow.local", "operator");
        Api.Reply reply = Api.get("/clients", operator);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("no tenant");
    }

    @Test
    void aTokenOfAnUnknownTenantIsRefusedWith403() {
        String email = "ghost-" + UUID.randomUUID() + "@it.becflow.test";
        new KeycloakAccounts(Api.issuer(), "becflow-provisioner", LocalPlatform.PROVISIONER_CLIENT_SECRET,
                HttpClient.newHttpClient(), "becflow-workspace", com.becflow.it.RunningServer.baseUrl() + "/sign-in")
                .register(new NewFreelancerAccount(email, "Ghost", "Tenant", "correct horse battery", TenantId.newId()));
        Api.Reply reply = Api.get("/clients", Api.token(email, "correct horse battery"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSuspendedTenantIsRefusedUntilAnOperatorActivatesIt() {
        Api.Freelancer f = Api.signUp("Soon Suspended");
        String operator = Api.token("operator@becflow.local", "operator");
        assertThat(Api.post("/operator/tenants/" + f.tenantId() + "/suspend", operator, null).json().getString("status"))
                .isEqualTo("SUSPENDED");
        assertThat(Api.get("/clients", Api.token(f)).status()).isEqualTo(403);

        assertThat(Api.post("/operator/tenants/" + f.tenantId() + "/activate", operator, null).json().getString("status"))
                .isEqualTo("ACTIVE");
        assertThat(Api.get("/clients", Api.token(f)).status()).isEqualTo(200);
    }

    @Test
    void onlyOperatorsReachTheOperatorsEndpoints() {
        String freelancer = Api.token(Api.signUp("Not An Operator"));
        assertThat(Api.get("/operator/tenants", freelancer).status()).isEqualTo(403);
        String operator = Api.token("operator@becflow.local", "operator");
        Api.Reply list = Api.get("/operator/tenants", operator);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("demo-studio");
    }

    @Test
    void aNewTenantIsOnASevenDayTrialWithFullAccess() {
        JsonObject me = Api.get("/me", Api.token(Api.signUp("Fresh Trial"))).json();
        assertThat(me.getString("status")).isEqualTo("TRIAL");
        assertThat(me.getString("access")).isEqualTo("FULL");
        assertThat(me.getJsonNumber("trialDaysLeft").longValue()).isEqualTo(7);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Api.Freelancer f = Api.signUp("Short Lived");
        String expired;
        KeycloakAdmin admin = new KeycloakAdmin(Api.issuer());
        String original = admin.setCliTokenLifespan("2");
        try {
            expired = Api.token(f);
        } finally {
            admin.setCliTokenLifespan(original);
        }
        assertThat(secondsValid(Api.token(f))).as("the tokens of the tests that follow live as long as before")
                .isGreaterThan(60);
        assertThat(Api.get("/clients", expired).status()).isEqualTo(200);
        // The test servers allow 2 s of clock skew after expiry (BECFLOW_TOKEN_SKEW_SECONDS), not production's 30.
        Thread.sleep(Duration.ofSeconds(5).toMillis());
        assertThat(Api.get("/clients", expired).status()).isEqualTo(401);
    }

    private static long secondsValid(String token) {
        JsonObject claims = Json.createReader(new java.io.StringReader(new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))).readObject();
        return claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue();
    }

    /** Keycloak's admin API, to shorten token lifetimes for one test. */
    private static final class KeycloakAdmin {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;

        KeycloakAdmin(String issuer) {
            this.base = issuer.replaceAll("/realms/.*$", "");
        }

        /** Sets the cli client's access-token lifespan ("": the realm's); returns the previous value. */
        String setCliTokenLifespan(String seconds) throws Exception {
            String token = adminToken();
            String clients = send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/becflow/clients?clientId=becflow-cli"))
                    .header("Authorization", "Bearer " + token).GET());
            JsonObject client = Json.createReader(new java.io.StringReader(clients)).readArray().getJsonObject(0);
            JsonObject attributes = client.getJsonObject("attributes");
            String previous = attributes == null ? "" : attributes.getString("access.token.lifespan", "");
            JsonObjectBuilder newAttributes = attributes == null ? Json.createObjectBuilder()
                    : Json.createObjectBuilder(attributes);
            // Keycloak keeps attributes an update leaves out: "" (the realm's lifespan) is set, not removed.
            newAttributes.add("access.token.lifespan", seconds);
            JsonObject updated = Json.createObjectBuilder(client).add("attributes", newAttributes).build();
            send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/becflow/clients/" + client.getString("id")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())));
            return previous;
        }

        private String adminToken() throws Exception {
            String body = "grant_type=password&client_id=admin-cli&username=admin&password="
                    + URLEncoder.encode("admin", StandardCharsets.UTF_8);
            String reply = send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            return Json.createReader(new java.io.StringReader(reply)).readObject().getString("access_token");
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak admin answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
