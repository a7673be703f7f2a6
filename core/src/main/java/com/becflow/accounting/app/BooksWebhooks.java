package com.becflow.accounting.app;

import com.becflow.accounting.BooksDirectory;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.BooksWebhookRefused;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A vendor tells us its books changed: once the delivery's signature is checked, a pass is requested for every
 * workspace keeping its books in the organisations named. The delivery itself is not trusted for data: the pass reads
 * the books as they are.
 */
@ApplicationScoped
@Transactional
public class BooksWebhooks {

    private final BooksGateways gateways;
    private final BooksDirectory directory;
    private final Event<BooksSyncRequested> syncRequested;

    @Inject
    public BooksWebhooks(BooksGateways gateways, BooksDirectory directory, Event<BooksSyncRequested> syncRequested) {
        this.gateways = gateways;
        this.directory = directory;
        this.syncRequested = syncRequested;
    }

    protected BooksWebhooks() {
        this(null, null, null);
    }

    /**
     * @return the workspaces a pass was requested for
     * @throws BooksWebhookRefused when the delivery is not the vendor's
     */
    public Set<TenantId> receive(BooksVendor vendor, byte[] body, String signature) {
        BooksGateway gateway = gateways.of(vendor)
                .orElseThrow(() -> new BooksWebhookRefused(vendor.label() + " is not configured on this server"));
        Set<TenantId> tenants = new LinkedHashSet<>();
        for (String organisation : gateway.webhookOrganisations(body, signature)) {
            tenants.addAll(directory.tenantsOf(vendor, organisation));
        }
        tenants.forEach(tenant -> syncRequested.fire(new BooksSyncRequested(tenant, vendor)));
        return tenants;
    }
}
