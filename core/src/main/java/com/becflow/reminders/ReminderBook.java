package com.becflow.reminders;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tenant's reminder settings, client and invoice overrides, and the steps done for each invoice. */
public interface ReminderBook {

    ReminderSettings settings(TenantId tenant);

    void saveSettings(TenantId tenant, ReminderSettings settings, Instant now);

    Optional<ClientReminders> client(TenantId tenant, ClientId client);

    /** Every client with reminders of their own. */
    Map<ClientId, ClientReminders> clients(TenantId tenant);

    /** Saves a client's own reminders, or ({@code reminders} null) lets them follow the tenant's policy again. */
    void saveClient(TenantId tenant, ClientId client, ClientReminders reminders, Instant now);

    ReminderHold hold(TenantId tenant, InvoiceId invoice);

    void saveHold(TenantId tenant, InvoiceId invoice, ReminderHold hold, Instant now);

    /**
     * Open invoices (issued and not paid, void or written off; no credit notes) after {@code after} in id order (null:
     * from the first), with their client's zone and channel, hold and steps done.
     */
    List<RemindableInvoice> open(TenantId tenant, InvoiceId after, int limit);

    /** One invoice as {@link #open} reads it, if it is open. */
    Optional<RemindableInvoice> open(TenantId tenant, InvoiceId invoice);

    /**
     * Keeps a step as done for the invoice, in the caller's transaction, unless it was kept before (by another
     * server, or an earlier attempt): returns whether this call kept it. Only the one that did may send.
     */
    boolean keep(TenantId tenant, ReminderRecord record);

    /** The steps done for an invoice, in the order of their days. */
    List<ReminderRecord> done(TenantId tenant, InvoiceId invoice);

    /** Calls to make: reminders that became call tasks and are not marked done, oldest first. */
    List<ReminderRecord> openCallTasks(TenantId tenant, int limit);
}
