package com.becflow.reminders.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.LocalDate;

/**
 * Hands one due reminder to a background job that sends it ({@link ReminderSending#send}), with the tenant and the
 * step as its explicit arguments. Handing the same reminder twice is harmless: the send is idempotent per invoice and
 * step.
 */
public interface ReminderDispatch {

    /** {@code dueDate} is the day the step counts from: each installment of a plan has the same steps of its own. */
    void dispatch(TenantId tenant, InvoiceId invoice, LocalDate dueDate, String step);
}
