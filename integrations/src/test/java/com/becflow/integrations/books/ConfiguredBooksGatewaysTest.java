package com.becflow.integrations.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.accounting.BooksVendor;
import com.becflow.integrations.quickbooks.QuickBooksBooks;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredBooksGatewaysTest {

    @Test
    void quickBooksIsOfferedOnlyWithBothCredentials() {
        assertThat(gateways(Optional.of("id"), Optional.of("secret")).of(BooksVendor.QUICKBOOKS))
                .containsInstanceOf(QuickBooksBooks.class);
        assertThat(gateways(Optional.of("id"), Optional.of(" ")).of(BooksVendor.QUICKBOOKS)).isEmpty();
        assertThat(gateways(Optional.empty(), Optional.of("secret")).of(BooksVendor.QUICKBOOKS)).isEmpty();
        assertThat(gateways(Optional.of("id"), Optional.of("secret")).of(BooksVendor.XERO)).as("Xero not configured")
                .isEmpty();
    }

    private static ConfiguredBooksGateways gateways(Optional<String> clientId, Optional<String> clientSecret) {
        return new ConfiguredBooksGateways(Optional.empty(), Optional.empty(), "https://login.xero.com",
                "https://identity.xero.com", "https://api.xero.com", 20, Optional.empty(), clientId, clientSecret,
                "https://appcenter.intuit.com/connect/oauth2", "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
                "https://quickbooks.api.intuit.com/v3/company", 20, Optional.empty(), Clock.systemUTC(),
                new com.becflow.accounting.app.BooksCallLimiter(Clock.systemUTC()));
    }
}
