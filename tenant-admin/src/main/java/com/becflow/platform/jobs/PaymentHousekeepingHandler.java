package com.becflow.platform.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Runs one {@link PaymentHousekeepingRound} each minute. */
@Dependent
public class PaymentHousekeepingHandler implements JobRequestHandler<PaymentHousekeeping> {

    private static final Logger LOG = Logger.getLogger(PaymentHousekeepingHandler.class.getName());

    @Inject
    PaymentHousekeepingRound round;

    @Override
    public void run(PaymentHousekeeping job) {
        PaymentHousekeepingRound.Report report = round.run();
        LOG.fine(() -> "Payment housekeeping: " + report);
    }
}
