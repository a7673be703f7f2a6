package com.becflow.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Open invoices (issued, not paid, void, written off or a credit note) summed by the zone their client lives in,
 * their currency and their due date: enough to age every one of them on its client's calendar without reading
 * any single invoice.
 *
 * @param balance what is still owed on them, unrounded
 */
public record OpenBalances(ZoneId clientZone, Currency currency, LocalDate dueDate, long count, BigDecimal balance) {
}
