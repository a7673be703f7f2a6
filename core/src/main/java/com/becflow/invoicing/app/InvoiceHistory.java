package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Appends to an invoice's history, in the caller's transaction: what happened, who did it, and a sentence. */
@ApplicationScoped
@Transactional
public class InvoiceHistory {

    private final Invoices invoices;
    private final Clock clock;

    @Inject
    public InvoiceHistory(Invoices invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    protected InvoiceHistory() {
        this(null, null);
    }

    public void record(TenantContext ctx, InvoiceId invoice, InvoiceEventType type, Actor actor, String detail) {
        record(ctx.tenant(), invoice, type, actor, detail);
    }

    /** For what happens outside any use case of the tenant (a mail that failed for good, say). */
    public void record(TenantId tenant, InvoiceId invoice, InvoiceEventType type, Actor actor, String detail) {
        invoices.append(tenant, new InvoiceEvent(invoice, type, actor, detail, null, clock.instant()));
    }

    /** Records an entry that names the outside fact it is about, whether or not one named it before. */
    public void record(TenantContext ctx, InvoiceId invoice, InvoiceEventType type, String reference, Actor actor,
                       String detail) {
        invoices.append(ctx.tenant(), new InvoiceEvent(invoice, type, actor, detail, reference, clock.instant()));
    }

    /**
     * Records an outside fact once: nothing is appended if an entry of this type already names {@code reference}.
     * Returns whether it was appended.
     */
    public boolean recordOnce(TenantContext ctx, InvoiceId invoice, InvoiceEventType type, String reference, Actor actor,
                              String detail) {
        if (invoices.hasEvent(ctx.tenant(), invoice, type, reference)) {
            return false;
        }
        invoices.append(ctx.tenant(), new InvoiceEvent(invoice, type, actor, detail, reference, clock.instant()));
        return true;
    }
}
