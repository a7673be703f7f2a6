package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.app.PaymentReconciliation;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Applies provider notifications whose worker failed, then for each tenant settles unanswered attempts. One failure
 * is logged and the rest still run; the next round retries it.
 */
@Dependent
public class PaymentHousekeepingHandler implements JobRequestHandler<PaymentHousekeeping> {

    private static final Logger LOG = Logger.getLogger(PaymentHousekeepingHandler.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    PaymentReconciliation reconciliation;

    @Inject
    com.becflow.invoicing.app.PaymentNotifications notifications;

    @Inject
    com.becflow.invoicing.app.NotificationWorker worker;

    @Override
    public void run(PaymentHousekeeping job) {
        for (String eventId : notifications.due(500)) {
            worker.apply(eventId);
        }
        for (Tenant tenant : registry.all()) {
            TenantContext ctx;
            try {
                ctx = registry.enter(tenant.id(), TenantJobHandler.JOBS);
            } catch (TenantNotServed e) {
                continue;
            }
            try {
                reconciliation.reconcile(ctx);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Payment housekeeping failed for tenant " + tenant.id(), e);
            }
        }
    }
}
