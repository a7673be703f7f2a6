package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.app.AutopayDispatch;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jobrunr.storage.ConcurrentJobModificationException;

/**
 * One JobRunr job per invoice and hour, its id made from tenant, invoice and the hour: the rounds of that hour hand the
 * same job (the agenda keeps the tenant due until the charge is made), and a charge whose answer was lost is asked
 * again within the next hour.
 */
@ApplicationScoped
public class JobRunrAutopayDispatch implements AutopayDispatch {

    private static final Logger LOG = Logger.getLogger(JobRunrAutopayDispatch.class.getName());

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    @Override
    public void dispatch(TenantId tenant, InvoiceId invoice) {
        UUID id = UUID.nameUUIDFromBytes(("autopay:" + tenant.value() + ":" + invoice.value() + ":"
                + clock.instant().truncatedTo(ChronoUnit.HOURS)).getBytes(StandardCharsets.UTF_8));
        try {
            jobs.enqueue(id, new ChargeAutopay(tenant.value().toString(), invoice.value().toString()));
        } catch (ConcurrentJobModificationException e) {
            LOG.log(Level.FINE, "Autopay job " + id + " exists already", e);
        }
    }
}
