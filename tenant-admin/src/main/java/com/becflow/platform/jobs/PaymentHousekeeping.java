package com.becflow.platform.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/** Every minute: apply provider notifications left unapplied, settle unanswered payment attempts, send receipts still owed. */
public record PaymentHousekeeping() implements JobRequest {

    @Override
    public Class<PaymentHousekeepingHandler> getJobRequestHandler() {
        return PaymentHousekeepingHandler.class;
    }
}
