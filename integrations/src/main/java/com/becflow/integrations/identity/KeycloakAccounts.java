package com.becflow.integrations.identity;

import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.EmailAlreadyRegistered;
import com.becflow.tenancy.FreelancerAccounts;
import com.becflow.tenancy.NewFreelancerAccount;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Freelancer accounts kept in a Keycloak realm, opened through Keycloak's admin REST API by a confidential
 * client whose service account holds {@code realm-management} roles {@code manage-users} and
 * {@code view-users} (in the local realm: {@code becflow-provisioner}).
 *
 * <p>Each account gets the user attribute {@code tenant_id}, which the realm declares in its user profile as
 * editable by administrators only and maps into every token; and the realm role {@code freelancer}.
 */
public class KeycloakAccounts implements FreelancerAccounts {

    static final String FREELANCER_ROLE = "freelancer";
    static final String TENANT_ATTRIBUTE = "tenant_id";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonProvider JSON = JsonProvider.provider();

    private final URI tokenEndpoint;
    private final String usersEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final String workspaceClientId;
    private final String afterAddressProof;

    /**
     * @param issuer the realm's issuer, {@code {base}/realms/{realm}}; the admin API is {@code {base}/admin/realms/{realm}}
     * @param workspaceClientId the client whose sign-in the verify-email link returns to
     * @param afterAddressProof where the browser goes once the address is proven (below the client's redirect URIs)
     */
    public KeycloakAccounts(String issuer, String adminClientId, String adminClientSecret, HttpClient http,
                            String workspaceClientId, String afterAddressProof) {
        Objects.requireNonNull(issuer, "issuer");
        int realmsAt = issuer.lastIndexOf("/realms/");
        String realm = realmsAt < 0 ? "" : issuer.substring(realmsAt + "/realms/".length());
        if (realm.isEmpty() || realm.contains("/")) {
            throw new IllegalArgumentException("not a Keycloak issuer (…/realms/{realm}): " + issuer);
        }
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.usersEndpoint = issuer.substring(0, realmsAt) + "/admin/realms/" + realm + "/users";
        this.clientId = Objects.requireNonNull(adminClientId, "adminClientId");
        this.clientSecret = Objects.requireNonNull(adminClientSecret, "adminClientSecret");
        this.http = Objects.requireNonNull(http, "http");
        this.workspaceClientId = Objects.requireNonNull(workspaceClientId, "workspaceClientId");
        this.afterAddressProof = Objects.requireNonNull(afterAddressProof, "afterAddressProof");
    }

    @Override
    public UserId register(NewFreelancerAccount account) {
        // A fresh token per call: sign-ups are rare, and a cached token would need expiry bookkeeping.
        String token = serviceAccountToken();
        HttpResponse<String> created = send(request(URI.create(usersEndpoint), token)
                .POST(HttpRequest.BodyPublishers.ofString(userJson(account).toString())).build());
        if (created.statusCode() == 409) {
            // The realm refuses duplicate emails, and the username is the email: either conflict means the same.
            throw new EmailAlreadyRegistered(account.email());
        }
        if (created.statusCode() != 201) {
            throw new KeycloakRequestFailed("creating the account for " + account.email(), created);
        }
        UserId user = userIdFrom(created);
        try {
            grantRealmRole(user, FREELANCER_ROLE, token);
        } catch (RuntimeException roleNotGranted) {
            // Without its role the account could sign in but use nothing; do not leave it half made.
            try {
                delete(user, token);
            } catch (RuntimeException cleanupFailed) {
                roleNotGranted.addSuppressed(cleanupFailed);
            }
            throw roleNotGranted;
        }
        return user;
    }

    @Override
    public void requestAddressProof(UserId user) {
        URI sendLink = userUri(user, "/send-verify-email?client_id=" + formEncode(workspaceClientId)
                + "&redirect_uri=" + formEncode(afterAddressProof));
        HttpResponse<String> sent = send(request(sendLink, serviceAccountToken())
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        if (sent.statusCode() != 204) {
            throw new KeycloakRequestFailed("mailing the verify-email link to " + user, sent);
        }
    }

    @Override
    public void removeAccountsOf(TenantId tenant) {
        String token = serviceAccountToken();
        HttpResponse<String> found = send(request(URI.create(usersEndpoint + "?exact=true&briefRepresentation=true&q="
                + formEncode(TENANT_ATTRIBUTE + ":" + tenant)), token).GET().build());
        if (found.statusCode() != 200) {
            throw new KeycloakRequestFailed("finding the accounts of tenant " + tenant, found);
        }
        for (JsonValue user : parse(found.body()).asJsonArray()) {
            delete(new UserId(user.asJsonObject().getString("id")), token);
        }
    }

    /** Deletes the account; an account that is already gone counts as removed. */
    @Override
    public void remove(UserId user) {
        delete(user, serviceAccountToken());
    }

    private void delete(UserId user, String token) {
        HttpResponse<String> deleted = send(request(userUri(user, ""), token).DELETE().build());
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            throw new KeycloakRequestFailed("removing account " + user, deleted);
        }
    }

    private static JsonObject userJson(NewFreelancerAccount account) {
        return JSON.createObjectBuilder()
                .add("username", account.email())
                .add("email", account.email())
                .add("emailVerified", false)
                .add("enabled", true)
                .add("firstName", account.firstName())
                .add("lastName", account.lastName())
                .add("attributes", JSON.createObjectBuilder()
                        .add(TENANT_ATTRIBUTE, JSON.createArrayBuilder().add(account.tenant().toString())))
                .add("credentials", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("type", "password")
                        .add("value", account.password())
                        .add("temporary", false)))
                .build();
    }

    /**
     * The admin API takes whole role representations, and reading a role by name needs {@code view-realm};
     * the roles still available to a user are readable with {@code view-users}, so look the role up there.
     */
    private void grantRealmRole(UserId user, String roleName, String token) {
        HttpResponse<String> available = send(request(userUri(user, "/role-mappings/realm/available"), token)
                .GET().build());
        if (available.statusCode() != 200) {
            throw new KeycloakRequestFailed("listing roles available to " + user, available);
        }
        JsonValue role = parse(available.body()).asJsonArray().stream()
                .filter(r -> r instanceof JsonObject o && roleName.equals(o.getString("name", null)))
                .findFirst()
                .orElseThrow(() -> new KeycloakRequestFailed("realm role " + roleName + " does not exist"));
        HttpResponse<String> granted = send(request(userUri(user, "/role-mappings/realm"), token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createArrayBuilder().add(role).build().toString()))
                .build());
        if (granted.statusCode() != 204) {
            throw new KeycloakRequestFailed("granting role " + roleName + " to " + user, granted);
        }
    }

    private String serviceAccountToken() {
        String form = "grant_type=client_credentials&client_id=" + formEncode(clientId)
                + "&client_secret=" + formEncode(clientSecret);
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenEndpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new KeycloakRequestFailed("getting a token for client " + clientId, response);
        }
        JsonValue token = parse(response.body()).asJsonObject().get("access_token");
        if (!(token instanceof JsonString text)) {
            throw new KeycloakRequestFailed("the token response for client " + clientId + " has no access_token");
        }
        return text.getString();
    }

    private static UserId userIdFrom(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakRequestFailed("Keycloak created an account but sent no Location"));
        return new UserId(location.substring(location.lastIndexOf('/') + 1));
    }

    private URI userUri(UserId user, String suffix) {
        return URI.create(usersEndpoint + "/" + URLEncoder.encode(user.value(), StandardCharsets.UTF_8) + suffix);
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new KeycloakRequestFailed("cannot reach Keycloak at " + request.uri() + ": " + unreachable, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KeycloakRequestFailed("interrupted while calling Keycloak at " + request.uri(), interrupted);
        }
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException notJson) {
            throw new KeycloakRequestFailed("Keycloak answered with something other than JSON", notJson);
        }
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
