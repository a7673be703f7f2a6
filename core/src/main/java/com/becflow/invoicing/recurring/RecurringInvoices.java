package com.becflow.invoicing.recurring;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A tenant's recurring invoices, and the day each of their invoices was issued for. */
public interface RecurringInvoices {

    void add(TenantId tenant, RecurringInvoice recurring);

    void update(TenantId tenant, RecurringInvoice recurring);

    Optional<RecurringInvoice> find(TenantId tenant, RecurringInvoiceId id);

    /** The recurring invoice, locked until the transaction ends: one issuer at a time. */
    Optional<RecurringInvoice> lock(TenantId tenant, RecurringInvoiceId id);

    /** Active ones first by their next day, then paused, then ended. */
    List<RecurringInvoice> all(TenantId tenant);

    /** The active ones whose next day is on or before {@code day}. */
    List<RecurringInvoiceId> dueBy(TenantId tenant, LocalDate day);

    /** The earliest next day of any active one. */
    Optional<LocalDate> earliestNextDay(TenantId tenant);

    /** Keeps which invoice a day produced; the day's key refuses a second one. */
    void recordIssue(TenantId tenant, RecurringInvoiceId id, LocalDate day, InvoiceId invoice, Instant at);

    /** Each issued day with its invoice, latest first. */
    List<IssuedDay> issuedDays(TenantId tenant, RecurringInvoiceId id);

    record IssuedDay(LocalDate day, InvoiceId invoice, Instant issuedAt) {
    }
}
