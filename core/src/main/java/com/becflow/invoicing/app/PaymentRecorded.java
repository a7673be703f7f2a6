package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.tenant.TenantId;

/** A payment reached an invoice's ledger; once the transaction commits, the client gets a receipt. */
public record PaymentRecorded(TenantId tenant, InvoiceId invoice, PaymentId payment) {
}
