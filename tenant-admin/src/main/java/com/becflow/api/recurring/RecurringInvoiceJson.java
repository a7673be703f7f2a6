package com.becflow.api.recurring;

import com.becflow.api.MoneyJson;
import com.becflow.api.invoicing.InvoiceLineJson;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recurring invoice: what each invoice holds, its schedule, where it stands and the days to come. */
public record RecurringInvoiceJson(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        UUID contractId,
        @Schema(required = true) String currency,
        @Schema(required = true) List<InvoiceLineJson> lines,
        String reference,
        String notes,
        @Schema(required = true) int netDays,
        @Schema(required = true) MoneyJson total,
        @Schema(required = true) Recurrence frequency,
        LocalDate startOn,
        LocalDate endOn,
        Integer count,
        @Schema(required = true) List<LocalDate> dates,
        @Schema(required = true, description = "The schedule in words, e.g. \"monthly from 2027-01-31, 12 invoices\"")
        String schedule,
        @Schema(required = true) RecurringStatus status,
        @Schema(description = "Why the round paused it (e.g. the client was archived), until resumed") String problem,
        @Schema(required = true) int issuedCount,
        LocalDate lastIssuedOn,
        @Schema(description = "The day of the next invoice, while active; after a retainer's last fee, the day its last period"
                + " closes with an invoice for its extra hours alone") LocalDate nextIssueOn,
        @Schema(required = true, description = "The next days an invoice will be issued, up to " + UPCOMING)
        List<LocalDate> upcoming,
        RetainerJson retainer,
        @Schema(description = "With a retainer's rollover, the unused hours the current period adds to its allowance")
        BigDecimal carriedHours,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static final int UPCOMING = 6;

    static RecurringInvoiceJson from(RecurringInvoice r) {
        InvoiceContent c = r.content();
        RecurrenceSchedule s = r.schedule();
        return new RecurringInvoiceJson(r.id().value(), r.clientId().value(),
                r.contractId().map(id -> id.value()).orElse(null), c.currency().getCurrencyCode(),
                c.lines().items().stream().map(l -> InvoiceLineJson.from(l, c.currency())).toList(), c.reference(),
                c.notes(), c.netDays(), MoneyJson.from(c.totals().total()), s.recurrence(), s.start(), s.end(), s.count(),
                s.dates(), s.describe(), r.status(), r.problem().orElse(null), r.issuedCount(),
                r.lastIssuedOn().orElse(null), r.nextIssueDay().orElse(null), r.upcoming(UPCOMING),
                r.retainer().map(RetainerJson::from).orElse(null), r.retainer().isPresent() ? r.carriedHours() : null,
                r.createdAt(),
                r.updatedAt());
    }
}
