package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.InvoiceMails;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;

@Dependent
public class SendReceiptHandler extends TenantJobHandler<SendReceipt> {

    @Inject
    InvoiceMails mails;

    @Override
    protected void runFor(SendReceipt job, TenantContext ctx) {
        mails.sendReceipt(new InvoiceId(UUID.fromString(job.invoiceId())), new PaymentId(UUID.fromString(job.paymentId())), ctx);
    }
}
