package com.becflow.api.recurring;

import com.becflow.api.invoicing.InvoiceInputJson;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recurring invoice as sent: the invoice's fields as for a draft, and when it is issued. */
public class RecurringInvoiceInputJson extends InvoiceInputJson {

    @Schema(required = true, implementation = Recurrence.class)
    public String frequency;
    @Schema(description = "The day of the first invoice, today or later; left out with CUSTOM_DATES")
    public LocalDate startOn;
    @Schema(description = "No invoice after this day; left out: until ended or the count is reached")
    public LocalDate endOn;
    @Schema(description = "How many invoices in all; paused days do not count", minimum = "1", maximum = "1000")
    public Integer count;
    @Schema(description = "With CUSTOM_DATES only: each day an invoice is issued")
    public List<LocalDate> dates;

    /** Makes it a retainer: hours included per period, the hours beyond billed on the next invoice. */
    public RetainerJson retainer;

    SaveRecurringInvoice toRecurringCommand() {
        return new SaveRecurringInvoice(toCommand(), frequency, startOn, endOn, count, dates,
                retainer == null ? null : retainer.toTerms());
    }
}
