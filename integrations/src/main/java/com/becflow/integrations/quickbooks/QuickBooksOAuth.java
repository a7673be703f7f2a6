package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intuit.oauth2.client.OAuth2PlatformClient;
import com.intuit.oauth2.config.OAuth2Config;
import com.intuit.oauth2.config.Scope;
import com.intuit.oauth2.data.BearerTokenResponse;
import com.intuit.oauth2.exception.ConnectionException;
import com.intuit.oauth2.exception.InvalidRequestException;
import com.intuit.oauth2.exception.OAuthException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Intuit's OAuth 2 authorization-code flow through the SDK's own {@link OAuth2PlatformClient}. Its endpoints are set
 * on the {@link OAuth2Config} directly instead of read from Intuit's discovery document, so the same client talks to
 * a local fake (it reads the {@code intuit_tid} header of every answer, which the fake therefore sends). Intuit
 * rotates refresh tokens: the one just used is spent. A refused grant ({@code invalid_grant}) means the freelancer
 * disconnected Becflow, or the refresh token lapsed (100 days).
 */
final class QuickBooksOAuth {

    /** Accounting for the books, openid for the ID token that names the company the freelancer chose. */
    private static final List<Scope> SCOPES = List.of(Scope.Accounting, Scope.OpenId);

    private final OAuth2Config config;
    private final OAuth2PlatformClient client;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    QuickBooksOAuth(QuickBooksSettings settings, Clock clock) {
        this.config = new OAuth2Config.OAuth2ConfigBuilder(settings.clientId(), settings.clientSecret()).buildConfig();
        config.setIntuitAuthorizationEndpoint(settings.authUrl());
        config.setIntuitBearerTokenEndpoint(settings.tokenUrl());
        this.client = new OAuth2PlatformClient(config);
        this.clock = clock;
    }

    URI authorizationPage(String state, URI callback) {
        try {
            // prepareUrl puts the state in as it is given
            return URI.create(config.prepareUrl(SCOPES, callback.toString(),
                    URLEncoder.encode(state, StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            throw new IllegalArgumentException("No consent page without a callback and a state", e);
        }
    }

    /**
     * The grant for the consent's code. The callback's {@code realmId} came through the browser: when the ID token
     * (straight from Intuit) names another company, the answer was tampered with and is refused.
     */
    BooksGrant exchange(String code, URI callback, Optional<String> realmOnCallback) {
        BearerTokenResponse answer = token(() -> client.retrieveBearerTokens(code, callback.toString()));
        Optional<String> granted = realmOf(answer.getIdToken());
        if (granted.isPresent() && realmOnCallback.isPresent() && !granted.equals(realmOnCallback)) {
            throw new BooksAccessRevoked("QuickBooks granted another company than the callback names");
        }
        return grant(answer);
    }

    BooksGrant refresh(BooksGrant grant) {
        return grant(token(() -> client.refreshToken(grant.refreshToken())));
    }

    private BooksGrant grant(BearerTokenResponse answer) {
        long seconds = answer.getExpiresIn() == null ? 3600 : answer.getExpiresIn();
        return new BooksGrant(answer.getAccessToken(), answer.getRefreshToken(), clock.instant().plusSeconds(seconds));
    }

    /**
     * The {@code realmid} claim of the ID token. Its signature is not checked: the token came straight from Intuit's
     * token endpoint over TLS, which OpenID Connect Core (3.1.3.7) accepts in place of the signature.
     */
    private Optional<String> realmOf(String idToken) {
        if (idToken == null || idToken.split("\\.").length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
            return Optional.ofNullable(claims.path("realmid").textValue()).filter(realm -> !realm.isBlank());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BearerTokenResponse token(TokenCall call) {
        try {
            return call.run();
        } catch (OAuthException e) {
            String status = String.valueOf(e.getStatusCode());
            if (status.equals("400") || status.equals("401")) {
                throw new BooksAccessRevoked("QuickBooks refused the grant: " + error(e));
            }
            throw new BooksUnavailable("Intuit's token service could not answer (" + status + "): " + e.getErrorMessage(),
                    Duration.ofMinutes(1));
        }
    }

    /** Intuit's {@code error} field ({@code invalid_grant}, {@code invalid_client}), else the SDK's words. */
    private static String error(OAuthException e) {
        try {
            String body = e.getResponse() == null ? null : e.getResponse().getContent();
            if (body != null && !body.isBlank()) {
                return new ObjectMapper().readTree(body).path("error").asText(body);
            }
        } catch (ConnectionException | IOException ignored) {
            // the SDK already read the answer, or it was not JSON: the SDK's message says enough
        }
        return String.valueOf(e.getErrorMessage());
    }

    @FunctionalInterface
    private interface TokenCall {
        BearerTokenResponse run() throws OAuthException;
    }
}
