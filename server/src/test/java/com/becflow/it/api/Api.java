package com.becflow.it.api;

import com.becflow.it.AddressProofs;
import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The REST API as a client sees it, plus Keycloak's token endpoint for the tokens it needs. */
final class Api {

    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure s = reader.read();
                return s.asJsonObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    record Freelancer(String email, String password, String tenantId) {
    }

    /** An answer read as bytes (a workbook, a PDF), with the headers a download is judged by. */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    static String base() {
        return RunningServer.baseUrl() + "/api/v1";
    }

    static String issuer() {
        return RunningServer.settings().get("OIDC_ISSUER");
    }

    static Reply get(String path, String token) {
        return get(base(), path, token);
    }

    /** A GET to the API of another server than the one most tests share. */
    static Reply get(String apiBase, String path, String token) {
        return send(request(apiBase, path, token).GET());
    }

    static Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply post(String path, String token, String json) {
        return post(base(), path, token, json);
    }

    /** A POST to the API of another server than the one most tests share. */
    static Reply post(String apiBase, String path, String token, String json) {
        return send(request(apiBase, path, token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String path, String token) {
        return request(base(), path, token);
    }

    private static HttpRequest.Builder request(String apiBase, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs a new freelancer up through the API, as a script or a partner integration would, and proves their address
     * by following the mailed link; their next token tells Becflow so.
     */
    static Freelancer signUp(String businessName) {
        return signUp(businessName, "Europe/Berlin");
    }

    /** As {@link #signUp(String)}, for a freelancer who lives in {@code timeZone}. */
    static Freelancer signUp(String businessName, String timeZone) {
        String email = "api-" + UUID.randomUUID() + "@it.becflow.test";
        String password = "correct horse battery";
        Reply reply = post("/signups", null, signUpJson(businessName, email, password, timeZone));
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
        }
        AddressProofs.prove(email);
        return new Freelancer(email, password, reply.json().getString("id"));
    }

    /** Signs a new freelancer up through the API who never follows the verify-email link. */
    static Freelancer signUpUnverified(String businessName) {
        String email = "unverified-" + UUID.randomUUID() + "@it.becflow.test";
        String password = "correct horse battery";
        Reply reply = post("/signups", null, signUpJson(businessName, email, password, "Europe/Berlin"));
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
        }
        return new Freelancer(email, password, reply.json().getString("id"));
    }

    private static String signUpJson(String businessName, String email, String password, String timeZone) {
        return Json.createObjectBuilder()
                .add("businessName", businessName).add("firstName", "Test").add("lastName", "Freelancer")
                .add("email", email).add("password", password).add("timeZone", timeZone)
                .add("homeCurrency", "EUR").build().toString();
    }

    /** A token from Keycloak for a user, through the public command-line client. */
    static String token(String email, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "becflow-cli", "username", email,
                "password", password, "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply reply = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + email + ": " + reply.status() + " " + reply.body());
        }
        return reply.json().getString("access_token");
    }

    static String token(Freelancer freelancer) {
        return token(freelancer.email(), freelancer.password());
    }

    static Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** The portal's JSON API, which a client's link opens without any token. */
    static Reply portal(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/portal/api" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PDF download, checked to be a PDF whose X-Content-SHA256 header matches its bytes. */
    static byte[] pdf(String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")
                    || !r.headers().firstValue("X-Content-SHA256").orElse("").equals(com.becflow.shared.documents.Sha256.hex(r.body()))) {
                throw new AssertionError("Not a verified PDF from " + url + ": " + r.statusCode() + " " + r.headers().map());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String clientJson(String name, String email) {
        return Json.createObjectBuilder().add("name", name).add("email", email).build().toString();
    }
}
