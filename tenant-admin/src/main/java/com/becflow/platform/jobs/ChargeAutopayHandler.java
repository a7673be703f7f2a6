package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.app.AutopayCharging;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;

@Dependent
public class ChargeAutopayHandler extends TenantJobHandler<ChargeAutopay> {

    private static final Logger LOG = Logger.getLogger(ChargeAutopayHandler.class.getName());

    @Inject
    AutopayCharging charging;

    @Override
    protected void runFor(ChargeAutopay job, TenantContext ctx) {
        int answered = charging.charge(ctx, new InvoiceId(UUID.fromString(job.invoiceId())));
        LOG.fine(() -> "Autopay of invoice " + job.invoiceId() + ": " + answered + " charges answered");
    }
}
