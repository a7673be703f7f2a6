package com.becflow.invoicing.recurring;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hours logged against a retainer, each billed once: by the invoice that counted it against an allowance. */
public interface RetainerHours {

    void log(TenantId tenant, Entry entry);

    /** Every entry of the retainer, latest day first. */
    List<Entry> of(TenantId tenant, RecurringInvoiceId retainer);

    /** The entries not billed yet that were worked before {@code day}, locked until the transaction ends. */
    List<Entry> unbilledBefore(TenantId tenant, RecurringInvoiceId retainer, LocalDate day);

    void billed(TenantId tenant, List<UUID> entries, InvoiceId invoice);

    /** Hours worked on a day, as logged; {@code billedBy} is the invoice that counted them. */
    record Entry(UUID id, RecurringInvoiceId retainer, LocalDate workedOn, BigDecimal hours, String description,
                 Instant loggedAt, Optional<InvoiceId> billedBy) {

        public static final int DESCRIPTION_LENGTH = 500;
    }
}
