package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;

/** A mail about an invoice, sent once the transaction that wrote the invoice has committed. */
public record InvoiceMail(TenantContext tenant, InvoiceId invoice, OutgoingMail mail) {
}
