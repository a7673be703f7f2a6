package com.becflow.it.inserver;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Issues an invoice in a transaction of its own that commits, or rolls back after the number was taken. */
@ApplicationScoped
public class IssueInItsOwnTransaction {

    @Inject
    InvoiceIssuing issuing;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issue(InvoiceId invoice, TenantContext ctx, boolean rollBack) {
        issuing.issue(invoice, ctx);
        if (rollBack) {
            throw new RolledBack();
        }
    }

    /** Thrown on purpose, after the number was taken, so that the transaction rolls back. */
    public static class RolledBack extends RuntimeException {
    }
}
