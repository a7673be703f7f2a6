package com.becflow.integrations.books;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksVendor;
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
 * (and, for a local fake, {@code XERO_LOGIN_URL}, {@code XERO_IDENTITY_URL}, {@code XERO_API_URL}). QuickBooks Online
 * is not offered yet.
 */
@ApplicationScoped
public class ConfiguredBooksGateways implements BooksGateways {

    private final Optional<BooksGateway> xero;

    @Inject
    public ConfiguredBooksGateways(@ConfigProperty(name = "XERO_CLIENT_ID") Optional<String> clientId,
                                   @ConfigProperty(name = "XERO_CLIENT_SECRET") Optional<String> clientSecret,
                                   @ConfigProperty(name = "XERO_LOGIN_URL", defaultValue = "https://login.xero.com") String loginUrl,
                                   @ConfigProperty(name = "XERO_IDENTITY_URL", defaultValue = "https://identity.xero.com") String identityUrl,
                                   @ConfigProperty(name = "XERO_API_URL", defaultValue = "https://api.xero.com") String apiUrl,
                                   @ConfigProperty(name = "XERO_TIMEOUT_SECONDS", defaultValue = "20") int timeoutSeconds,
                                   Clock clock) {
        this.xero = clientId.filter(id -> !id.isBlank()).flatMap(id -> clientSecret.filter(s -> !s.isBlank())
                .map(secret -> new XeroBooks(new XeroSettings(id, secret, loginUrl, identityUrl, apiUrl,
                        Duration.ofSeconds(timeoutSeconds)), clock)));
    }

    protected ConfiguredBooksGateways() {
        this.xero = Optional.empty();
    }

    @Override
    public Optional<BooksGateway> of(BooksVendor vendor) {
        return vendor == BooksVendor.XERO ? xero : Optional.empty();
    }
}
