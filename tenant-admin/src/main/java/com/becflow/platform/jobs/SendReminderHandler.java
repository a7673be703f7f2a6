package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;

@Dependent
public class SendReminderHandler extends TenantJobHandler<SendReminder> {

    private static final Logger LOG = Logger.getLogger(SendReminderHandler.class.getName());

    @Inject
    ReminderSending sending;

    @Override
    protected void runFor(SendReminder job, TenantContext ctx) {
        ReminderSending.Result result = sending.send(ctx, new InvoiceId(UUID.fromString(job.invoiceId())), job.step());
        LOG.fine(() -> "Reminder " + job.step() + " of invoice " + job.invoiceId() + ": " + result);
    }
}
