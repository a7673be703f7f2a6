package com.becflow.platform.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/** Every minute: apply provider notifications left unapplied or due again, settle unanswered payment attempts. */
public record PaymentHousekeeping() implements JobRequest {

    @Override
    public Class<PaymentHousekeepingHandler> getJobRequestHandler() {
        return PaymentHousekeepingHandler.class;
    }
}
