package com.becflow.reminders.app;

import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.reminders.RemindableInvoice;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderHold;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.ReminderRules;
import com.becflow.reminders.ReminderSchedule;
import com.becflow.reminders.ReminderSettings;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the freelancer does with one invoice's reminders: read the next one, pause them through a day (they resume by
 * themselves after it), resume them, skip the next step, record the client's promise to pay by a day. Each change is
 * on the invoice's history, and notes the invoice's next moment on the agenda in the same transaction, so a pause
 * lifted early is not waited out.
 */
@ApplicationScoped
@Transactional
public class ReminderControls {

    /** A pause or a promise reaches at most this far: reminders always come back. */
    static final int MAX_HOLD_DAYS = 365;

    private final Invoices invoices;
    private final ReminderBook book;
    private final InvoiceHistory history;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public ReminderControls(Invoices invoices, ReminderBook book, InvoiceHistory history, Agenda agenda, Clock clock) {
        this.invoices = invoices;
        this.book = book;
        this.history = history;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected ReminderControls() {
        this(null, null, null, null, null);
    }

    /** The invoice's next reminder, or empty when it gets none (not open, its client gets none, none left). */
    public Optional<NextReminder> next(TenantContext ctx, InvoiceId id) {
        invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return book.open(ctx.tenant(), id).flatMap(invoice -> planned(ctx, invoice).map(p -> new NextReminder(
                p.occurrence().key(), p.occurrence().tone(), ReminderRules.medium(p.occurrence().medium(),
                invoice.channel()), p.at(), invoice.hold().pausedThrough(), invoice.hold().promisedFor())));
    }

    /** The steps done for the invoice: sent, made a call task, or skipped. */
    public List<ReminderRecord> done(TenantContext ctx, InvoiceId id) {
        invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return book.done(ctx.tenant(), id);
    }

    /** Calls the freelancer is to make: reminders to clients who prefer a call, oldest first. */
    public List<ReminderRecord> callTasks(TenantContext ctx, int limit) {
        return book.openCallTasks(ctx.tenant(), limit);
    }

    /** No reminders through {@code through} (the client's calendar); they resume by themselves the day after. */
    public Optional<NextReminder> pause(TenantContext ctx, InvoiceId id, LocalDate through) {
        RemindableInvoice invoice = lockOpen(ctx, id);
        checkHoldDay("pausedThrough", through, invoice);
        book.saveHold(ctx.tenant(), id, new ReminderHold(through, invoice.hold().promisedFor(), false), clock.instant());
        history.record(ctx, id, InvoiceEventType.REMINDERS_PAUSED, through.toString(), Actor.freelancer(ctx),
                "Reminders paused through " + through + "; they resume by themselves after it");
        return noted(ctx, id);
    }

    /** Lifts a pause and a promise: reminders go on from the next step due. */
    public Optional<NextReminder> resume(TenantContext ctx, InvoiceId id) {
        lockOpen(ctx, id);
        book.saveHold(ctx.tenant(), id, ReminderHold.NONE, clock.instant());
        history.record(ctx, id, InvoiceEventType.REMINDERS_RESUMED, Actor.freelancer(ctx), "Reminders resumed");
        return noted(ctx, id);
    }

    /** The client promised to pay by {@code payBy}: no reminders until that day has passed where they live. */
    public Optional<NextReminder> promise(TenantContext ctx, InvoiceId id, LocalDate payBy, Actor promisedBy) {
        RemindableInvoice invoice = lockOpen(ctx, id);
        checkHoldDay("payBy", payBy, invoice);
        book.saveHold(ctx.tenant(), id, new ReminderHold(invoice.hold().pausedThrough(), payBy, false), clock.instant());
        history.record(ctx, id, InvoiceEventType.PAYMENT_PROMISED, payBy.toString(), promisedBy,
                "Payment promised by " + payBy + "; no reminders until that day has passed");
        return noted(ctx, id);
    }

    /** The next step is passed over; returns what comes after it. */
    public Optional<NextReminder> skip(TenantContext ctx, InvoiceId id) {
        RemindableInvoice invoice = lockOpen(ctx, id);
        ReminderOccurrence step = ReminderRules.nextIgnoringHolds(book.settings(ctx.tenant()),
                book.client(ctx.tenant(), invoice.client()).orElse(null), invoice, clock.instant())
                .orElseThrow(() -> new ReminderNotPossible(id, ReminderNotPossible.Reason.NONE_LEFT)).occurrence();
        book.keep(ctx.tenant(), new ReminderRecord(id, step.key(), ReminderOutcome.SKIPPED, null, step.tone(), null, null,
                clock.instant().truncatedTo(ChronoUnit.MICROS), null));
        history.record(ctx, id, InvoiceEventType.REMINDER_SKIPPED, step.key(), Actor.freelancer(ctx),
                "Reminder " + step.key() + " skipped");
        return noted(ctx, id);
    }

    private RemindableInvoice lockOpen(TenantContext ctx, InvoiceId id) {
        invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return book.open(ctx.tenant(), id)
                .orElseThrow(() -> new ReminderNotPossible(id, ReminderNotPossible.Reason.INVOICE_NOT_OPEN));
    }

    private void checkHoldDay(String field, LocalDate day, RemindableInvoice invoice) {
        LocalDate today = ReminderRules.today(clock.instant(), invoice.zone());
        if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(MAX_HOLD_DAYS))) {
            throw new InvalidReminderHold(field, "A day from today (" + today + ", the client's calendar) to "
                    + MAX_HOLD_DAYS + " days ahead");
        }
    }

    private Optional<NextReminder> noted(TenantContext ctx, InvoiceId id) {
        Optional<NextReminder> next = next(ctx, id);
        next.ifPresent(n -> agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, n.at()));
        return next;
    }

    private Optional<ReminderSchedule.Planned> planned(TenantContext ctx, RemindableInvoice invoice) {
        ReminderSettings settings = book.settings(ctx.tenant());
        Instant now = clock.instant();
        return ReminderRules.next(settings, book.client(ctx.tenant(), invoice.client()).orElse(null), invoice, now);
    }
}
