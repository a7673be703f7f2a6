package com.becflow.integrations.xero;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Xero's OAuth 2 authorization-code flow as its identity service documents it: the consent page on the login
 * service, then the token endpoint with the app's credentials as HTTP Basic. A refused grant ({@code invalid_grant})
 * means the freelancer took Becflow's access away, or the refresh token lapsed after 60 days unused.
 */
final class XeroOAuth {

    static final String SCOPES = "openid profile email offline_access accounting.transactions accounting.contacts"
            + " accounting.settings.read";

    private final XeroSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    XeroOAuth(XeroSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    URI authorizationPage(String state, URI callback) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", callback.toString());
        query.put("scope", SCOPES);
        query.put("state", state);
        return URI.create(settings.loginUrl() + "/identity/connect/authorize?" + form(query));
    }

    BooksGrant exchange(String code, URI callback) {
        return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", callback.toString()));
    }

    BooksGrant refresh(BooksGrant grant) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", grant.refreshToken()));
    }

    private BooksGrant token(Map<String, String> body) {
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.identityUrl() + "/connect/token"))
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BooksUnavailable("Xero's identity service did not answer: " + e.getMessage(), Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BooksUnavailable("Interrupted while asking Xero for a token", Duration.ofMinutes(1));
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() == 400 || response.statusCode() == 401) {
                throw new BooksAccessRevoked("Xero refused the grant: " + answer.path("error").asText("unknown error"));
            }
            if (response.statusCode() != 200) {
                throw new BooksUnavailable("Xero's identity service answered " + response.statusCode(), Duration.ofMinutes(1));
            }
            return new BooksGrant(answer.path("access_token").asText(), answer.path("refresh_token").asText(),
                    clock.instant().plusSeconds(answer.path("expires_in").asLong(1800)));
        } catch (IOException e) {
            throw new BooksUnavailable("Xero's identity service answered what is not JSON", Duration.ofMinutes(1));
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
