package com.becflow.invoicing.recurring.app;

import com.becflow.invoicing.app.SaveInvoice;
import java.time.LocalDate;
import java.util.List;

/**
 * A recurring invoice as typed: the invoice each day issues, as a draft's fields, and its schedule ({@code frequency}
 * one of {@link com.becflow.invoicing.recurring.Recurrence}; {@code dates} only with custom dates; neither end nor
 * count: until ended).
 */
public record SaveRecurringInvoice(SaveInvoice invoice, String frequency, LocalDate startOn, LocalDate endOn,
                                   Integer count, List<LocalDate> dates) {
}
