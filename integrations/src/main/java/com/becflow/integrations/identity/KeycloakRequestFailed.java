package com.becflow.integrations.identity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Keycloak refused or failed a request; the message carries the HTTP status and Keycloak's own reason. */
public class KeycloakRequestFailed extends RuntimeException {

    private static final JsonProvider JSON = JsonProvider.provider();

    KeycloakRequestFailed(String message) {
        super(message);
    }

    KeycloakRequestFailed(String message, Throwable cause) {
        super(message, cause);
    }

    KeycloakRequestFailed(String action, HttpResponse<String> response) {
        super(action + " failed: HTTP " + response.statusCode() + " " + reasonOf(response.body()));
    }

    /** Keycloak's admin API says {@code errorMessage}; its OAuth endpoints say {@code error(_description)}. */
    private static String reasonOf(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            if (reader.readValue() instanceof JsonObject error) {
                Optional<String> reason = firstText(error, "errorMessage", "error_description", "error");
                if (reason.isPresent()) {
                    return reason.get() + optionalField(error);
                }
            }
        } catch (JsonException | IllegalStateException notJson) {
            // error pages of proxies and of Keycloak itself are not JSON: show the raw body instead
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String optionalField(JsonObject error) {
        return firstText(error, "field").map(field -> " (field " + field + ")").orElse("");
    }

    private static Optional<String> firstText(JsonObject object, String... names) {
        for (String name : names) {
            if (object.get(name) instanceof JsonString text && !text.getString().isBlank()) {
                return Optional.of(text.getString());
            }
        }
        return Optional.empty();
    }
}
