package com.becflow.reminders.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;

/**
 * Hands one due reminder to a background job that sends it ({@link ReminderSending#send}), with the tenant and the
 * step as its explicit arguments. Handing the same reminder twice is harmless: the send is idempotent per invoice and
 * step.
 */
public interface ReminderDispatch {

    void dispatch(TenantId tenant, InvoiceId invoice, String step);
}
