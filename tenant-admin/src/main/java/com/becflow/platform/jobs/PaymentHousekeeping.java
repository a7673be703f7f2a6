package com.becflow.platform.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/** Every minute, for every tenant: settle unanswered payment attempts and send receipts still owed. */
public record PaymentHousekeeping() implements JobRequest {

    @Override
    public Class<PaymentHousekeepingHandler> getJobRequestHandler() {
        return PaymentHousekeepingHandler.class;
    }
}
