package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The freelancer stops collecting an invoice: voids it (nobody paid it) or writes off what is still open. */
@ApplicationScoped
@Transactional
public class InvoiceClosing {

    private final Ledger ledger;
    private final InvoiceLinks links;

    @Inject
    public InvoiceClosing(Ledger ledger, InvoiceLinks links) {
        this.ledger = ledger;
        this.links = links;
    }

    protected InvoiceClosing() {
        this(null, null);
    }

    /** Voids it; the client's links stop working and its open checkout pages are closed after commit. */
    public Invoice voidInvoice(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        int revoked = links.revokeAll(ctx, id);
        ledger.voidInvoice(locked, Actor.freelancer(ctx), "Voided; " + revoked + " link(s) revoked");
        return locked.invoice();
    }

    public Invoice writeOff(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        ledger.writeOff(locked, Actor.freelancer(ctx));
        return locked.invoice();
    }
}
