package com.becflow.workspace.security;

import com.becflow.integrations.config.IdentityConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The identity provider's token endpoint, called over the back channel with the workspace client's secret. */
@ApplicationScoped
public class TokenEndpoint {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    IdentityConfiguration identity;

    @Inject
    OidcEndpoints endpoints;

    /** The provider refused the grant (code used, sign-in session ended, user disabled): not an outage. */
    public static final class GrantRefused extends Exception {
        GrantRefused(String message) {
            super(message);
        }
    }

    JsonObject exchangeCode(String code, String codeVerifier)
            throws IOException, InterruptedException, GrantRefused {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", endpoints.callbackUrl());
        form.put("code_verifier", codeVerifier);
        return post(form);
    }

    JsonObject refresh(String refreshToken) throws IOException, InterruptedException, GrantRefused {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form);
    }

    private JsonObject post(Map<String, String> form) throws IOException, InterruptedException, GrantRefused {
        String basic = Base64.getEncoder().encodeToString(
                (identity.clientId() + ":" + identity.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints.token()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(OidcEndpoints.form(form)))
                .build();
        HttpResponse<String> response = identity.http().send(request, HttpResponse.BodyHandlers.ofString());
        // RFC 6749 5.2: a refused grant is a 400 (401 for client authentication); anything else is the provider failing.
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new GrantRefused("token endpoint refused the " + form.get("grant_type") + " grant: "
                    + response.statusCode() + " " + abbreviated(response.body()));
        }
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new IOException("token endpoint answered with something other than a JSON object", notJson);
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
