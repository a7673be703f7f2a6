package com.becflow.invoicing.recurring.app;

import com.becflow.invoicing.app.SaveInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recurring invoice as typed: the invoice each day issues, as a draft's fields, and its schedule ({@code frequency}
 * one of {@link com.becflow.invoicing.recurring.Recurrence}; {@code dates} only with custom dates; neither end nor
 * count: until ended), and, for a retainer, its hours ({@code retainer} null otherwise).
 */
public record SaveRecurringInvoice(SaveInvoice invoice, String frequency, LocalDate startOn, LocalDate endOn,
                                   Integer count, List<LocalDate> dates, RetainerTerms retainer) {

    public SaveRecurringInvoice(SaveInvoice invoice, String frequency, LocalDate startOn, LocalDate endOn, Integer count,
                                List<LocalDate> dates) {
        this(invoice, frequency, startOn, endOn, count, dates, null);
    }

    /** A retainer as typed: hours included per period, the rate for extra hours (the contract's if left out), rollover. */
    public record RetainerTerms(BigDecimal includedHours, BigDecimal extraHourRate, Boolean rollover) {
    }
}
