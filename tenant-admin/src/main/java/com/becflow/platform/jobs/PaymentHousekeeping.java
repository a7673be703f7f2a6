package com.becflow.platform.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * Every minute: apply provider notifications left unapplied, then, for the tenants with something due on the agenda
 * only, settle unanswered payment attempts and notice invoices that became overdue.
 */
public record PaymentHousekeeping() implements JobRequest {

    @Override
    public Class<PaymentHousekeepingHandler> getJobRequestHandler() {
        return PaymentHousekeepingHandler.class;
    }
}
