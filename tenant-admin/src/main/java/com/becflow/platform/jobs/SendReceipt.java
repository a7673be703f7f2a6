package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** Emails the client the receipt of one payment. */
public record SendReceipt(String tenantId, String invoiceId, String paymentId) implements TenantJob {

    @Override
    public Class<SendReceiptHandler> getJobRequestHandler() {
        return SendReceiptHandler.class;
    }
}
