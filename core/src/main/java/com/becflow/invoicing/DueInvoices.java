package com.becflow.invoicing;

import com.becflow.shared.tenant.TenantId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A tenant's open invoices by due date, for noticing each one once when it becomes overdue. "Open" is issued and
 * not paid, void or written off; credit notes owe nothing and are never among them. "Noticed" means its history has
 * an {@link InvoiceEventType#OVERDUE} entry.
 */
public interface DueInvoices {

    /** Open invoices not noticed overdue yet whose due date is before {@code day}, earliest due first. */
    List<Invoice> unnoticedDueBefore(TenantId tenant, LocalDate day, int limit);

    /** For each zone the tenant's clients live in, the earliest due date of their open invoices not noticed yet. */
    Map<ZoneId, LocalDate> earliestUnnoticedByClientZone(TenantId tenant);

    /**
     * Open invoices whose contract has a late-fee clause (signed or not: the caller checks), earliest due first: the
     * only ones a late fee can be charged on.
     */
    List<Invoice> openUnderLateFeeClause(TenantId tenant, int limit);
}
