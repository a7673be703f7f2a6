package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;

/**
 * A payment reached an invoice's ledger, in the transaction still open: what must go with it (the client's
 * receipt, queued in the outbox) is done by observers in that same transaction.
 */
public record PaymentRecorded(TenantContext ctx, Invoice invoice, Payment payment) {
}
