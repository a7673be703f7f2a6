package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Charges a tenant's accepted payment plans make on their own (autopay), as the housekeeping agenda needs to know them:
 * the next moment one falls due. Implemented beside the plans, so invoicing does not depend on them.
 */
public interface PlannedCharges {

    Optional<Instant> next(TenantContext ctx);

    /** Whether a bank debit autopay asked for is on its way for the invoice: its money may still arrive. */
    boolean debitOnItsWay(TenantContext ctx, InvoiceId invoice);
}
