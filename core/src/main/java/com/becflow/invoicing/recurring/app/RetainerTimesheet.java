package com.becflow.invoicing.recurring.app;

import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.recurring.InvalidRecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoiceNotFound;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hours a freelancer works under a retainer: logged by day, and read with where the current period stands (worked so
 * far, its allowance). The next invoice bills what goes beyond the allowance.
 */
@ApplicationScoped
@Transactional
public class RetainerTimesheet {

    private final RecurringInvoices recurring;
    private final RetainerHours hours;
    private final Clock clock;

    @Inject
    public RetainerTimesheet(RecurringInvoices recurring, RetainerHours hours, Clock clock) {
        this.recurring = recurring;
        this.hours = hours;
        this.clock = clock;
    }

    protected RetainerTimesheet() {
        this(null, null, null);
    }

    /** Where the current period stands: the hours worked and not billed yet, against the period's allowance. */
    public record Standing(BigDecimal unbilled, BigDecimal allowance, BigDecimal carried, List<RetainerHours.Entry> entries) {
    }

    public RetainerHours.Entry log(RecurringInvoiceId id, LogHours command, TenantContext ctx) {
        ctx.requireWritable();
        RecurringInvoice series = recurring.lock(ctx.tenant(), id).orElseThrow(() -> new RecurringInvoiceNotFound(id));
        if (series.retainer().isEmpty()) {
            throw new InvoiceStateConflict("recurring-invoice.hours.not-a-retainer", "Hours are logged against a"
                    + " retainer; this recurring invoice has no included hours");
        }
        if (series.status() == RecurringStatus.ENDED) {
            throw new InvoiceStateConflict("recurring-invoice.hours.ended", "The retainer has ended; no invoice would"
                    + " bill these hours");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Retainer.hoursProblem(command.hours(), false).ifPresent(p -> errors.put("hours", p));
        LocalDate today = ctx.today(clock);
        LocalDate first = series.schedule().firstDay();
        if (command.workedOn() == null) {
            errors.put("workedOn", "Which day?");
        } else if (command.workedOn().isBefore(first)) {
            errors.put("workedOn", "The retainer starts on " + first);
        } else if (command.workedOn().isAfter(today)) {
            errors.put("workedOn", "Hours are logged once worked; today is " + today);
        }
        String description = command.description() == null || command.description().isBlank() ? null
                : command.description().strip();
        if (description != null && description.length() > RetainerHours.Entry.DESCRIPTION_LENGTH) {
            errors.put("description", "At most " + RetainerHours.Entry.DESCRIPTION_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecurringInvoice(errors);
        }
        RetainerHours.Entry entry = new RetainerHours.Entry(UUID.randomUUID(), id, command.workedOn(), command.hours(),
                description, clock.instant(), Optional.empty());
        hours.log(ctx.tenant(), entry);
        return entry;
    }

    public Standing standing(RecurringInvoiceId id, TenantContext ctx) {
        RecurringInvoice series = recurring.find(ctx.tenant(), id).orElseThrow(() -> new RecurringInvoiceNotFound(id));
        List<RetainerHours.Entry> entries = hours.of(ctx.tenant(), id);
        BigDecimal unbilled = entries.stream().filter(e -> e.billedBy().isEmpty()).map(RetainerHours.Entry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowance = series.retainer().map(r -> r.allowance(series.carriedHours())).orElse(BigDecimal.ZERO);
        return new Standing(unbilled, allowance, series.carriedHours(), entries);
    }
}
