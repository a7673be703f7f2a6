package com.becflow.it.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.integrations.identity.InvalidToken;
import com.becflow.integrations.identity.KeycloakAccounts;
import com.becflow.integrations.identity.KeycloakRequestFailed;
import com.becflow.integrations.identity.LocalKeycloak;
import com.becflow.integrations.identity.OidcTokenVerifier;
import com.becflow.integrations.identity.TestJws;
import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.it.AddressProofs;
import com.becflow.it.RunningServer;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.EmailAlreadyRegistered;
import com.becflow.tenancy.NewFreelancerAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file, {@link KeycloakAccounts} and {@link OidcTokenVerifier} against the real Keycloak of this test
 * run (started once for all tests, from a freshly imported realm). Every test makes its own accounts (unique
 * emails), so the tests do not depend on each other.
 */
class KeycloakIdentityIT {

    private static String PUBLIC_URL;
    private static final TenantId DEMO_TENANT = TenantId.parse("00000000-0000-4000-8000-00000000d3e0");

    private static String keycloakIssuer;
    private static HttpClient http;
    private static KeycloakAccounts accounts;
    private static OidcTokenVerifier verifier;

    @BeforeAll
    static void useTheRunsKeycloak() {
        PUBLIC_URL = RunningServer.settings().get("BECFLOW_PUBLIC_URL");
        String issuer = RunningServer.settings().get("OIDC_ISSUER");
        keycloakIssuer = issuer;
        http = HttpClient.newHttpClient();
        accounts = new KeycloakAccounts(issuer, "becflow-provisioner", "becflow-provisioner-local-secret", http,
                "becflow-workspace", PUBLIC_URL + "/sign-in");
        verifier = new OidcTokenVerifier(issuer, http, Clock.systemUTC()).requiringAudience("becflow-api");
    }

    @Test
    void aRegisteredFreelancerSignsInWithATokenCarryingTheirTenantEmailAndRole() {
        TenantId tenant = TenantId.newId();
        String email = uniqueEmail();
        UserId user = accounts.register(new NewFreelancerAccount(email, "Ada", "Lovelace", "analytical-engine", tenant));

        JsonObject tokens = passwordGrant(email, "analytical-engine");
        VerifiedToken access = verifier.verify(tokens.getString("access_token"));

        assertThat(access.subject()).isEqualTo(user.value());
        assertThat(access.tenant()).contains(tenant);
        assertThat(access.email()).contains(email);
        assertThat(access.name()).contains("Ada Lovelace");
        assertThat(access.roles()).contains("freelancer").doesNotContain("operator");
        // The ID token names the client as its audience and carries the tenant too.
        VerifiedToken id = new OidcTokenVerifier(keycloakIssuer, http, Clock.systemUTC())
                .requiringAudience("becflow-cli").verify(tokens.getString("id_token"));
        assertThat(id.tenant()).contains(tenant);
    }

    @Test
    void aNewAccountsAddressIsUnverifiedUntilTheOwnerFollowsTheLinkKeycloakMailedThroughOurSmtp() {
        String email = uniqueEmail();
        UserId user = accounts.register(new NewFreelancerAccount(email, "Ada", "Lovelace", "analytical-engine",
                TenantId.newId()));
        assertThat(verifier.verify(accessToken(email, "analytical-engine")).emailVerified()).isFalse();

        accounts.requestAddressProof(user);
        String link = AddressProofs.link(email);
        assertThat(link).startsWith(keycloakIssuer + "/login-actions/action-token?");
        AddressProofs.prove(email);

        assertThat(verifier.verify(accessToken(email, "analytical-engine")).emailVerified()).isTrue();
    }

    @Test
    void registeringTheSameEmailTwiceIsRefusedWhateverItsCase() {
        String email = uniqueEmail();
        accounts.register(new NewFreelancerAccount(email, "Ada", "Lovelace", "first-password", TenantId.newId()));

        assertThatThrownBy(() -> accounts.register(
                new NewFreelancerAccount(email.toUpperCase(), "Other", "Person", "second-password", TenantId.newId())))
                .isInstanceOf(EmailAlreadyRegistered.class);
        assertThat(verifier.verify(accessToken(email, "first-password")).name()).contains("Ada Lovelace");
    }

    @Test
    void theDemoFreelancersTokenCarriesTheDemoTenant() {
        VerifiedToken demo = verifier.verify(accessToken("demo@becflow.local", "demo"));

        assertThat(demo.tenant()).contains(DEMO_TENANT);
        assertThat(demo.roles()).contains("freelancer");
        assertThat(demo.name()).contains("Demo Freelancer");
    }

    @Test
    void accessTokensLiveFiveMinutes() {
        JsonObject claims = TestJws.payload(accessToken("demo@becflow.local", "demo"));

        assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(300);
    }

    @Test
    void theRealmRefusesSelfRegistrationAndThrottlesPasswordGuessing() {
        JsonObject realm = json(adminGet(""));

        assertThat(realm.getBoolean("registrationAllowed")).isFalse();
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getBoolean("loginWithEmailAllowed")).isTrue();
    }

    @Test
    void theWorkspaceSignsInOnlyWithRedirectsBelowBecflowsPublicUrl() {
        assertThat(authorizationRequest("becflow-workspace", PUBLIC_URL + "/callback").statusCode()).isEqualTo(200);
        assertThat(authorizationRequest("becflow-workspace", "http://elsewhere.test/callback").statusCode()).isEqualTo(400);
    }

    @Test
    void eachClientAllowsOnlyItsOwnFlows() {
        // The authorization endpoint checks the redirect before the flow, so ask the admin API for the flags.
        assertThat(clientFlows("becflow-workspace")).isEqualTo("confidential standard");
        assertThat(clientFlows("becflow-cli")).isEqualTo("public password");
        assertThat(clientFlows("becflow-provisioner")).isEqualTo("confidential service-account");
        HttpResponse<String> provisionerPassword = send(HttpRequest.newBuilder(
                        URI.create(keycloakIssuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=becflow-provisioner"
                        + "&client_secret=becflow-provisioner-local-secret&username=demo%40becflow.local&password=demo"))
                .build());
        assertThat(provisionerPassword.statusCode()).as(provisionerPassword.body()).isEqualTo(400);
        assertThat(json(provisionerPassword.body()).getString("error")).isEqualTo("unauthorized_client");
    }

    @Test
    void theOperatorsTokenHasTheOperatorRoleAndNoTenant() {
        VerifiedToken operator = verifier.verify(accessToken("operator@becflow.local", "operator"));

        assertThat(operator.roles()).contains("operator").doesNotContain("freelancer");
        assertThat(operator.tenant()).isEmpty();
    }

    @Test
    void aFreelancerCanNeitherSeeNorChangeTheirTenantId() {
        TenantId tenant = TenantId.newId();
        String email = uniqueEmail();
        accounts.register(new NewFreelancerAccount(email, "Ada", "Lovelace", "analytical-engine", tenant));
        String token = accessToken(email, "analytical-engine");
        URI account = URI.create(keycloakIssuer + "/account/");

        HttpResponse<String> own = send(HttpRequest.newBuilder(account).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
        HttpResponse<String> change = send(HttpRequest.newBuilder(account).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("username", email).add("email", email).add("firstName", "Ada").add("lastName", "Lovelace")
                        .add("attributes", Json.createObjectBuilder()
                                .add("tenant_id", Json.createArrayBuilder().add(TenantId.newId().toString())))
                        .build().toString()))
                .build());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own.body()).containsKey("attributes")).as(own.body()).isFalse();
        assertThat(change.statusCode()).as(change.body()).isEqualTo(400);
        assertThat(change.body()).contains("tenant_id");
        assertThat(verifier.verify(accessToken(email, "analytical-engine")).tenant()).contains(tenant);
    }

    @Test
    void aTokenWhosePayloadWasAlteredIsRejected() {
        String token = accessToken("demo@becflow.local", "demo");
        JsonObject otherTenant = Json.createObjectBuilder(TestJws.payload(token))
                .add("tenant_id", TenantId.newId().toString()).build();

        assertThatThrownBy(() -> verifier.verify(TestJws.withPayload(token, otherTenant)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("signature");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderKeycloaksKeyIdIsRejected() {
        String token = accessToken("demo@becflow.local", "demo");
        String forged = TestJws.rs256(TestJws.header(token), TestJws.payload(token), TestJws.newRsaKey().getPrivate());

        assertThat(verifier.verify(token).tenant()).contains(DEMO_TENANT);
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidToken.class).hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String token = accessToken("demo@becflow.local", "demo");
        JsonObject none = Json.createObjectBuilder(TestJws.header(token)).add("alg", "none").build();
        String unsigned = TestJws.encode(none.toString()) + "." + TestJws.encode(TestJws.payload(token).toString()) + ".";

        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(InvalidToken.class).hasMessageContaining("none");
    }

    @Test
    void aTokenIsRejectedTenMinutesLater() {
        String token = accessToken("demo@becflow.local", "demo");
        OidcTokenVerifier later = new OidcTokenVerifier(keycloakIssuer, http,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));

        assertThatThrownBy(() -> later.verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenIsRejectedByAVerifierExpectingAnotherIssuer() {
        String token = accessToken("demo@becflow.local", "demo");
        // Same server and keys, reached by another name: the signature holds, the issuer does not.
        String sameServerOtherName = keycloakIssuer.replace("127.0.0.1", "localhost");
        OidcTokenVerifier other = new OidcTokenVerifier(sameServerOtherName, http, Clock.systemUTC());

        assertThatThrownBy(() -> other.verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("issuer");
    }

    @Test
    void aRemovedFreelancerCanNoLongerObtainAToken() {
        String email = uniqueEmail();
        UserId user = accounts.register(new NewFreelancerAccount(email, "Ada", "Lovelace", "analytical-engine", TenantId.newId()));
        assertThat(passwordGrantResponse(email, "analytical-engine").statusCode()).isEqualTo(200);

        accounts.remove(user);

        HttpResponse<String> refused = passwordGrantResponse(email, "analytical-engine");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused.body()).getString("error")).isEqualTo("invalid_grant");
        accounts.remove(user); // removing again is harmless: sign-up compensation may retry
    }

    @Test
    void aWrongProvisioningSecretFailsWithKeycloaksStatusAndReason() {
        KeycloakAccounts misconfigured = new KeycloakAccounts(keycloakIssuer, "becflow-provisioner", "wrong", http,
                "becflow-workspace", PUBLIC_URL + "/sign-in");

        assertThatThrownBy(() -> misconfigured.register(
                new NewFreelancerAccount(uniqueEmail(), "Ada", "Lovelace", "analytical-engine", TenantId.newId())))
                .isInstanceOf(KeycloakRequestFailed.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Invalid client")
                .hasMessageNotContaining("analytical-engine");
    }

    /** Reads the becflow realm through the admin API as the master realm's administrator. */
    private static String adminGet(String path) {
        String admin = json(send(HttpRequest.newBuilder(URI.create(
                        keycloakIssuer.replace("/realms/becflow", "/realms/master/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + LocalKeycloak.ADMIN_USERNAME + "&password=" + LocalKeycloak.ADMIN_PASSWORD)).build())
                .body()).getString("access_token");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                        keycloakIssuer.replace("/realms/", "/admin/realms/") + path))
                .header("Authorization", "Bearer " + admin).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String clientFlows(String clientId) {
        JsonObject client = Json.createReader(new StringReader(adminGet("/clients?clientId=" + clientId)))
                .readArray().getJsonObject(0);
        StringBuilder flows = new StringBuilder(client.getBoolean("publicClient") ? "public" : "confidential");
        if (client.getBoolean("standardFlowEnabled")) {
            flows.append(" standard");
        }
        if (client.getBoolean("implicitFlowEnabled")) {
            flows.append(" implicit");
        }
        if (client.getBoolean("directAccessGrantsEnabled")) {
            flows.append(" password");
        }
        if (client.getBoolean("serviceAccountsEnabled")) {
            flows.append(" service-account");
        }
        return flows.toString();
    }

    /** The first step of a browser sign-in: Keycloak shows its login page (200) or an error page (400). */
    private static HttpResponse<String> authorizationRequest(String client, String redirect) {
        return send(HttpRequest.newBuilder(URI.create(keycloakIssuer + "/protocol/openid-connect/auth"
                + "?response_type=code&scope=openid&client_id=" + client
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8))).GET().build());
    }

    private static String uniqueEmail() {
        return "freelancer-" + UUID.randomUUID() + "@example.test";
    }

    private static String accessToken(String username, String password) {
        return passwordGrant(username, password).getString("access_token");
    }

    private static JsonObject passwordGrant(String username, String password) {
        HttpResponse<String> response = passwordGrantResponse(username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    /** What a script does to get an API token: the public CLI client's password grant. */
    private static HttpResponse<String> passwordGrantResponse(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", "becflow-cli", "scope", "openid",
                        "username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(keycloakIssuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
