package com.becflow.integrations.quickbooks;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform's Intuit app and where QuickBooks Online is: Intuit's services by default, a local fake in tests and
 * local mode.
 *
 * @param authUrl  the consent page ({@code https://appcenter.intuit.com/connect/oauth2})
 * @param tokenUrl where tokens are issued ({@code https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer})
 * @param apiUrl   the accounting API up to the company id ({@code https://quickbooks.api.intuit.com/v3/company})
 * @param webhookVerifier the verifier token Intuit signs its webhook deliveries with; null: webhooks are refused
 */
public record QuickBooksSettings(String clientId, String clientSecret, String authUrl, String tokenUrl, String apiUrl,
                                 Duration timeout, String webhookVerifier) {

    public QuickBooksSettings(String clientId, String clientSecret, String authUrl, String tokenUrl, String apiUrl,
                              Duration timeout) {
        this(clientId, clientSecret, authUrl, tokenUrl, apiUrl, timeout, null);
    }

    public QuickBooksSettings withWebhookVerifier(String verifier) {
        return new QuickBooksSettings(clientId, clientSecret, authUrl, tokenUrl, apiUrl, timeout,
                verifier == null || verifier.isBlank() ? null : verifier);
    }

    public static final String AUTH_URL = "https://appcenter.intuit.com/connect/oauth2";
    public static final String TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer";
    public static final String API_URL = "https://quickbooks.api.intuit.com/v3/company";

    public QuickBooksSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        authUrl = trimmed(authUrl);
        tokenUrl = trimmed(tokenUrl);
        apiUrl = trimmed(apiUrl);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Everything of Intuit's under one address, at the paths Intuit uses, as the local fake serves it. */
    public static QuickBooksSettings allAt(String base, String clientId, String clientSecret) {
        String root = trimmed(base);
        return new QuickBooksSettings(clientId, clientSecret, root + "/connect/oauth2",
                root + "/oauth2/v1/tokens/bearer", root + "/v3/company", Duration.ofSeconds(10));
    }

    private static String trimmed(String url) {
        return Objects.requireNonNull(url, "url").replaceAll("/+$", "");
    }
}
