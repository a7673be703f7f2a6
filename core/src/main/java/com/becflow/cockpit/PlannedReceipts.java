package com.becflow.cockpit;

import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Money expected that no issued invoice asks for yet, such as the recurring invoices still to be issued. Each source is
 * a CDI bean implementing this; the forecast adds every one it finds to the open invoices' due dates.
 */
public interface PlannedReceipts {

    /** What this source expects to receive on days {@code from} to {@code to} (inclusive), one entry per day and currency. */
    List<Receipt> between(LocalDate from, LocalDate to, TenantContext ctx);

    record Receipt(LocalDate on, Money amount) {
    }
}
