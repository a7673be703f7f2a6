package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** Charges what one invoice's autopay has due: tenant and invoice are its arguments. */
public record ChargeAutopay(String tenantId, String invoiceId) implements TenantJob {

    @Override
    public Class<ChargeAutopayHandler> getJobRequestHandler() {
        return ChargeAutopayHandler.class;
    }
}
