package com.becflow.cockpit;

import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Money expected that no issued invoice asks for yet: a payment plan's installments and the recurring invoices of a
 * schedule, once those land. Each source is a CDI bean implementing this; the forecast adds every one it finds to the
 * open invoices' due dates. None exists yet, so today the forecast is the open invoices alone.
 */
public interface PlannedReceipts {

    /** What this source expects to receive on days {@code from} to {@code to} (inclusive), one entry per day and currency. */
    List<Receipt> between(LocalDate from, LocalDate to, TenantContext ctx);

    record Receipt(LocalDate on, Money amount) {
    }
}
