package com.becflow.invoicing.recurring.app;

import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.recurring.DayPlaceholders;
import com.becflow.invoicing.recurring.InvalidRecurringInvoice;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoiceNotFound;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The freelancer's recurring invoices: started, changed for the invoices to come, paused, resumed and ended. The
 * invoice's fields are checked as a draft's are, so a recurring invoice never holds what could not be issued.
 */
@ApplicationScoped
@Transactional
public class RecurringInvoicing {

    private final RecurringInvoices recurring;
    private final InvoiceDrafts drafts;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public RecurringInvoicing(RecurringInvoices recurring, InvoiceDrafts drafts, Agenda agenda, Clock clock) {
        this.recurring = recurring;
        this.drafts = drafts;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected RecurringInvoicing() {
        this(null, null, null, null);
    }

    public RecurringInvoice start(SaveRecurringInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<InvoiceDrafts.Checked> invoice = checked(command.invoice(), errors, ctx);
        Optional<RecurrenceSchedule> schedule = schedule(command, today(ctx), errors);
        Optional<Retainer> retainer = retainer(command.retainer(), invoice, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRecurringInvoice(errors);
        }
        InvoiceDrafts.Checked fields = invoice.orElseThrow();
        RecurringInvoice started = RecurringInvoice.start(fields.client().id(),
                fields.contract() == null ? null : fields.contract().id(), fields.content(), schedule.orElseThrow(),
                retainer.orElse(null), clock.instant());
        recurring.add(ctx.tenant(), started);
        expectNext(started, ctx);
        return started;
    }

    /** New fields and schedule for the invoices still to come; the client stays, issued invoices are untouched. */
    public RecurringInvoice change(RecurringInvoiceId id, SaveRecurringInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        RecurringInvoice series = locked(id, ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        SaveInvoice fields = command.invoice();
        if (fields.clientId() != null && !fields.clientId().equals(series.clientId())) {
            errors.put("clientId", "A recurring invoice keeps its client; start a new one for another client");
        }
        Optional<InvoiceDrafts.Checked> invoice = checked(new SaveInvoice(series.clientId(), fields.contractId(),
                fields.currency(), fields.lines(), fields.reference(), fields.notes(), fields.netDays(),
                fields.partialPayments(), fields.minimumPayment()), errors, ctx);
        LocalDate today = today(ctx);
        LocalDate earliest = series.schedule().firstDay().isBefore(today) ? series.schedule().firstDay() : today;
        // Days before today are allowed back (an unchanged start, the named dates already issued) but never issued.
        Optional<RecurrenceSchedule> schedule = schedule(command, earliest, errors);
        Optional<Retainer> retainer = retainer(command.retainer(), invoice, errors);
        if (errors.isEmpty()) {
            InvoiceDrafts.Checked checked = invoice.orElseThrow();
            series.change(checked.contract() == null ? null : checked.contract().id(), checked.content(),
                    schedule.orElseThrow(), retainer.orElse(null), today, clock.instant(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecurringInvoice(errors);
        }
        recurring.update(ctx.tenant(), series);
        expectNext(series, ctx);
        return series;
    }

    public RecurringInvoice pause(RecurringInvoiceId id, TenantContext ctx) {
        return step(id, ctx, series -> series.pause(clock.instant()));
    }

    /** Active again from today; the days that passed while it was paused are skipped. */
    public RecurringInvoice resume(RecurringInvoiceId id, TenantContext ctx) {
        return step(id, ctx, series -> series.resume(today(ctx), clock.instant()));
    }

    /** No invoice is issued any more; the issued ones stay as they are. */
    public RecurringInvoice end(RecurringInvoiceId id, TenantContext ctx) {
        return step(id, ctx, series -> series.end(clock.instant()));
    }

    private RecurringInvoice step(RecurringInvoiceId id, TenantContext ctx, Consumer<RecurringInvoice> step) {
        ctx.requireWritable();
        RecurringInvoice series = locked(id, ctx);
        step.accept(series);
        recurring.update(ctx.tenant(), series);
        expectNext(series, ctx);
        return series;
    }

    public List<RecurringInvoice> list(TenantContext ctx) {
        return recurring.all(ctx.tenant());
    }

    public RecurringInvoice get(RecurringInvoiceId id, TenantContext ctx) {
        return recurring.find(ctx.tenant(), id).orElseThrow(() -> new RecurringInvoiceNotFound(id));
    }

    public List<RecurringInvoices.IssuedDay> issuedDays(RecurringInvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return recurring.issuedDays(ctx.tenant(), id);
    }

    private RecurringInvoice locked(RecurringInvoiceId id, TenantContext ctx) {
        return recurring.lock(ctx.tenant(), id).orElseThrow(() -> new RecurringInvoiceNotFound(id));
    }

    private Optional<InvoiceDrafts.Checked> checked(SaveInvoice fields, Map<String, String> errors, TenantContext ctx) {
        try {
            InvoiceDrafts.Checked checked = drafts.check(fields, ctx);
            Map<String, String> filled = DayPlaceholders.problemsOnceFilled(checked.content());
            errors.putAll(filled);
            return filled.isEmpty() ? Optional.of(checked) : Optional.empty();
        } catch (InvalidInvoice e) {
            errors.putAll(e.fieldErrors());
            return Optional.empty();
        }
    }

    /** The retainer typed, if any; its extra hours at the contract's change rate unless it names its own. */
    private static Optional<Retainer> retainer(SaveRecurringInvoice.RetainerTerms typed,
                                               Optional<InvoiceDrafts.Checked> invoice, Map<String, String> errors) {
        if (typed == null) {
            return Optional.empty();
        }
        ContractTerms.Scope scope = invoice.map(InvoiceDrafts.Checked::contract).map(c -> c.terms().scope()).orElse(null);
        return Retainer.parse(typed.includedHours(), typed.extraHourRate(), typed.rollover(),
                scope == null ? null : scope.changeRequestHourlyRate(), errors);
    }

    private static Optional<RecurrenceSchedule> schedule(SaveRecurringInvoice c, LocalDate earliest,
                                                         Map<String, String> errors) {
        return RecurrenceSchedule.parse(c.frequency(), c.startOn(), c.endOn(), c.count(), c.dates(), earliest, errors);
    }

    private void expectNext(RecurringInvoice series, TenantContext ctx) {
        series.nextIssueDay().ifPresent(day -> agenda.expect(ctx.tenant(), AgendaTopic.RECURRING_INVOICES,
                RecurringInvoice.issueMoment(day, ctx.zone())));
    }

    private LocalDate today(TenantContext ctx) {
        return ctx.today(clock);
    }
}
