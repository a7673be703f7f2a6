package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.app.ReminderDispatch;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jobrunr.storage.ConcurrentJobModificationException;

/**
 * One JobRunr job per reminder, its id made from tenant, invoice, due date and step: a sweep on another server handing
 * the same reminder meanwhile makes no second job (and if it did, the send itself keeps the reminder to one). The due
 * date is in it because each installment of a payment plan has the same steps; JobRunr keeps a finished job's id.
 */
@ApplicationScoped
public class JobRunrReminderDispatch implements ReminderDispatch {

    private static final Logger LOG = Logger.getLogger(JobRunrReminderDispatch.class.getName());

    @Inject
    BackgroundJobs jobs;

    @Override
    public void dispatch(TenantId tenant, InvoiceId invoice, LocalDate dueDate, String step) {
        UUID id = UUID.nameUUIDFromBytes(("reminder:" + tenant.value() + ":" + invoice.value() + ":" + dueDate + ":" + step)
                .getBytes(StandardCharsets.UTF_8));
        try {
            jobs.enqueue(id, new SendReminder(tenant.value().toString(), invoice.value().toString(), step));
        } catch (ConcurrentJobModificationException e) {
            LOG.log(Level.FINE, "Reminder job " + id + " exists already", e);
        }
    }
}
