package com.becflow.integrations.xero;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform's Xero app and where Xero is: the real services by default, a local fake in tests and local mode.
 *
 * @param loginUrl    where the consent page is ({@code https://login.xero.com})
 * @param identityUrl where tokens are issued ({@code https://identity.xero.com})
 * @param apiUrl      the API ({@code https://api.xero.com}): connections at its root, accounting under {@code /api.xro/2.0}
 * @param webhookKey  the key Xero signs its webhook deliveries with; null: webhooks are refused
 */
public record XeroSettings(String clientId, String clientSecret, String loginUrl, String identityUrl, String apiUrl,
                           Duration timeout, String webhookKey) {

    public XeroSettings(String clientId, String clientSecret, String loginUrl, String identityUrl, String apiUrl,
                        Duration timeout) {
        this(clientId, clientSecret, loginUrl, identityUrl, apiUrl, timeout, null);
    }

    public XeroSettings withWebhookKey(String key) {
        return new XeroSettings(clientId, clientSecret, loginUrl, identityUrl, apiUrl, timeout,
                key == null || key.isBlank() ? null : key);
    }

    public XeroSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        loginUrl = trimmed(loginUrl);
        identityUrl = trimmed(identityUrl);
        apiUrl = trimmed(apiUrl);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Everything of Xero's at one address, as the local fake serves it. */
    public static XeroSettings allAt(String base, String clientId, String clientSecret) {
        return new XeroSettings(clientId, clientSecret, base, base, base, Duration.ofSeconds(10));
    }

    private static String trimmed(String url) {
        return Objects.requireNonNull(url, "url").replaceAll("/+$", "");
    }
}
