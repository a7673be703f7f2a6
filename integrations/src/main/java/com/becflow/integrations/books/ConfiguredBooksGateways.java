package com.becflow.integrations.books;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksCallLimiter;
import com.becflow.integrations.quickbooks.QuickBooksBooks;
import com.becflow.integrations.quickbooks.QuickBooksSettings;
import com.becflow.integrations.xero.XeroBooks;
import com.becflow.integrations.xero.XeroSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vendors the operator gave app credentials for: Xero with {@code XERO_CLIENT_ID} and {@code XERO_CLIENT_SECRET}
 * (and, for a local fake, {@code XERO_LOGIN_URL}, {@code XERO_IDENTITY_URL}, {@code XERO_API_URL}); QuickBooks Online
 * with {@code QUICKBOOKS_CLIENT_ID} and {@code QUICKBOOKS_CLIENT_SECRET} (and, for a local fake,
 * {@code QUICKBOOKS_AUTH_URL}, {@code QUICKBOOKS_TOKEN_URL}, {@code QUICKBOOKS_API_URL}). A vendor without both
 * credentials is not offered. Every request to a connected organisation's books goes through the {@link
 * BooksCallLimiter}.
 */
@ApplicationScoped
public class ConfiguredBooksGateways implements BooksGateways {

    private final Optional<BooksGateway> xero;
    private final Optional<BooksGateway> quickBooks;

    @Inject
    public ConfiguredBooksGateways(@ConfigProperty(name = "XERO_CLIENT_ID") Optional<String> clientId,
                                   @ConfigProperty(name = "XERO_CLIENT_SECRET") Optional<String> clientSecret,
                                   @ConfigProperty(name = "XERO_LOGIN_URL", defaultValue = "https://login.xero.com") String loginUrl,
                                   @ConfigProperty(name = "XERO_IDENTITY_URL", defaultValue = "https://identity.xero.com") String identityUrl,
                                   @ConfigProperty(name = "XERO_API_URL", defaultValue = "https://api.xero.com") String apiUrl,
                                   @ConfigProperty(name = "XERO_TIMEOUT_SECONDS", defaultValue = "20") int timeoutSeconds,
                                   @ConfigProperty(name = "XERO_WEBHOOK_KEY") Optional<String> xeroWebhookKey,
                                   @ConfigProperty(name = "QUICKBOOKS_CLIENT_ID") Optional<String> quickBooksClientId,
                                   @ConfigProperty(name = "QUICKBOOKS_CLIENT_SECRET") Optional<String> quickBooksClientSecret,
                                   @ConfigProperty(name = "QUICKBOOKS_AUTH_URL", defaultValue = QuickBooksSettings.AUTH_URL) String quickBooksAuthUrl,
                                   @ConfigProperty(name = "QUICKBOOKS_TOKEN_URL", defaultValue = QuickBooksSettings.TOKEN_URL) String quickBooksTokenUrl,
                                   @ConfigProperty(name = "QUICKBOOKS_API_URL", defaultValue = QuickBooksSettings.API_URL) String quickBooksApiUrl,
                                   @ConfigProperty(name = "QUICKBOOKS_TIMEOUT_SECONDS", defaultValue = "20") int quickBooksTimeoutSeconds,
                                   @ConfigProperty(name = "QUICKBOOKS_WEBHOOK_VERIFIER") Optional<String> quickBooksVerifier,
                                   Clock clock, BooksCallLimiter limiter) {
        this.xero = credentials(clientId, clientSecret).map(app -> new XeroBooks(new XeroSettings(app[0], app[1],
                loginUrl, identityUrl, apiUrl, Duration.ofSeconds(timeoutSeconds)).withWebhookKey(xeroWebhookKey.orElse(null)),
                clock, limiter));
        this.quickBooks = credentials(quickBooksClientId, quickBooksClientSecret).map(app -> new QuickBooksBooks(
                new QuickBooksSettings(app[0], app[1], quickBooksAuthUrl, quickBooksTokenUrl, quickBooksApiUrl,
                        Duration.ofSeconds(quickBooksTimeoutSeconds)).withWebhookVerifier(quickBooksVerifier.orElse(null)),
                clock, limiter));
    }

    protected ConfiguredBooksGateways() {
        this.xero = Optional.empty();
        this.quickBooks = Optional.empty();
    }

    private static Optional<String[]> credentials(Optional<String> clientId, Optional<String> clientSecret) {
        return clientId.filter(id -> !id.isBlank())
                .flatMap(id -> clientSecret.filter(secret -> !secret.isBlank()).map(secret -> new String[] {id, secret}));
    }

    @Override
    public Optional<BooksGateway> of(BooksVendor vendor) {
        return switch (vendor) {
            case XERO -> xero;
            case QUICKBOOKS -> quickBooks;
        };
    }
}
