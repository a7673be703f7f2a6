package com.becflow.cockpit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one client has paid: counts from their invoices' history, each day counted on the client's calendar.
 *
 * @param paid               invoices paid in full
 * @param paidOnTime         of those, paid on or before their due date
 * @param totalDaysToPay     the days from issue to payment, summed over the paid invoices
 * @param overdue            invoices open past their due date now
 * @param mostDaysOverdue    the longest any of those is late, in days (0 if none)
 */
public record PaymentRecord(long paid, long paidOnTime, long totalDaysToPay, long overdue, long mostDaysOverdue) {

    /** The average days from issue to payment, to one decimal; empty before the first invoice is paid. */
    public Optional<BigDecimal> averageDaysToPay() {
        return paid == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(totalDaysToPay).divide(BigDecimal.valueOf(paid), 1, java.math.RoundingMode.HALF_UP));
    }

    public Reliability reliability() {
        return Reliability.of(paid, paidOnTime, overdue, mostDaysOverdue);
    }
}
