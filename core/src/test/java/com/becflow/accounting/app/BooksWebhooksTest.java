package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.accounting.BooksDirectory;
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.BooksWebhookRefused;
import com.becflow.shared.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A vendor's webhook asks for a pass in every workspace keeping its books in the organisations it names. */
class BooksWebhooksTest {

    private final BooksSyncTest.RecordingGateway xero = new BooksSyncTest.RecordingGateway();
    private final BooksDirectory directory = new InMemoryDirectory();
    private final List<BooksSyncRequested> requested = new ArrayList<>();
    private final BooksWebhooks webhooks = new BooksWebhooks(
            vendor -> vendor == BooksVendor.XERO ? Optional.of(xero) : Optional.empty(), directory,
            new RecordingEvent<>(requested));

    @Test
    void everyWorkspaceKeepingANamedOrganisationGetsOnePass() {
        TenantId first = TenantId.newId();
        TenantId second = TenantId.newId();
        directory.register(BooksVendor.XERO, "org-1", first);
        directory.register(BooksVendor.XERO, "org-1", second);
        directory.register(BooksVendor.XERO, "org-2", first);
        xero.webhookOrganisations = List.of("org-1", "org-2", "org-unknown");

        assertThat(webhooks.receive(BooksVendor.XERO, body(), "signed")).containsExactly(first, second);
        assertThat(requested).containsExactly(new BooksSyncRequested(first, BooksVendor.XERO),
                new BooksSyncRequested(second, BooksVendor.XERO));
    }

    @Test
    void aRefusedDeliveryOrAVendorNotConfiguredRequestsNothing() {
        xero.webhookOrganisations = null;
        assertThatThrownBy(() -> webhooks.receive(BooksVendor.XERO, body(), "forged")).isInstanceOf(BooksWebhookRefused.class);
        assertThatThrownBy(() -> webhooks.receive(BooksVendor.QUICKBOOKS, body(), "signed"))
                .isInstanceOf(BooksWebhookRefused.class).hasMessageContaining("not configured");
        assertThat(requested).isEmpty();
    }

    private static byte[] body() {
        return "{}".getBytes(StandardCharsets.UTF_8);
    }
}
