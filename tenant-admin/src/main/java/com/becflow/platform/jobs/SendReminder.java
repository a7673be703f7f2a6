package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** Sends one reminder step of one invoice, if it is still the one due: tenant, invoice and step are its arguments. */
public record SendReminder(String tenantId, String invoiceId, String step) implements TenantJob {

    @Override
    public Class<SendReminderHandler> getJobRequestHandler() {
        return SendReminderHandler.class;
    }
}
