package com.becflow.api.recurring;

import com.becflow.invoicing.recurring.RecurringInvoices;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day of the schedule and the invoice it produced. */
public record IssuedDayJson(@Schema(required = true) LocalDate day, @Schema(required = true) UUID invoiceId,
                            @Schema(required = true) Instant issuedAt) {

    static IssuedDayJson from(RecurringInvoices.IssuedDay day) {
        return new IssuedDayJson(day.day(), day.invoice().value(), day.issuedAt());
    }
}
