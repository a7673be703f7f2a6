package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.shared.tenant.TenantContext;

/**
 * An invoice whose row this transaction holds locked, as only {@link Ledger#lock} hands it out: every movement of
 * money takes one, so movements on one invoice happen one after another.
 */
public final class LockedInvoice {

    private final Invoice invoice;
    private final TenantContext ctx;

    LockedInvoice(Invoice invoice, TenantContext ctx) {
        this.invoice = invoice;
        this.ctx = ctx;
    }

    public Invoice invoice() {
        return invoice;
    }

    public TenantContext ctx() {
        return ctx;
    }
}
