package com.becflow.it.identity;

import com.becflow.integrations.identity.LocalKeycloak;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What an administrator does in the run's Keycloak (through its admin API) to accounts a test made. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private KeycloakAdmin() {
    }

    /** A new account that can sign in with the password; an operator's when {@code operator}. */
    static String createUser(String email, String password, boolean operator) {
        HttpResponse<String> created = send("POST", "/users", Json.createObjectBuilder()
                .add("username", email).add("email", email).add("emailVerified", true).add("enabled", true)
                .add("firstName", "Test").add("lastName", "Person")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString(), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (operator) {
            send("POST", "/users/" + id + "/role-mappings/realm", "[" + role("operator") + "]", 204);
        }
        return id;
    }

    static String userIdOf(String email) {
        JsonArray users = json(send("GET", "/users?exact=true&email=" + email, null, 200).body()).asJsonArray();
        return users.getJsonObject(0).getString("id");
    }

    static void disable(String userId) {
        send("PUT", "/users/" + userId, "{\"enabled\":false}", 204);
    }

    static void takeRole(String userId, String roleName) {
        send("DELETE", "/users/" + userId + "/role-mappings/realm", "[" + role(roleName) + "]", 204);
    }

    /** Ends every Keycloak session of the user, as "Sign out all sessions" in the admin console does. */
    static void endSessions(String userId) {
        send("POST", "/users/" + userId + "/logout", null, 204);
    }

    private static String role(String name) {
        return json(send("GET", "/roles/" + name, null, 200).body()).toString();
    }

    private static HttpResponse<String> send(String method, String path, String body, int expected) {
        String issuer = RunningServer.settings().get("OIDC_ISSUER");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/") + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + adminToken(issuer))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = call(request.build());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String adminToken(String issuer) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(
                        issuer.replace("/realms/becflow", "/realms/master/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + LocalKeycloak.ADMIN_USERNAME + "&password=" + LocalKeycloak.ADMIN_PASSWORD)).build());
        return json(response.body()).asJsonObject().getString("access_token");
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static jakarta.json.JsonValue json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
