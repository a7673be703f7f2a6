package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.portal.app.IssuedLink;
import com.becflow.reminders.ClientReminders;
import com.becflow.reminders.RemindableInvoice;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderFacts;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.ReminderRules;
import com.becflow.reminders.ReminderSchedule;
import com.becflow.reminders.ReminderSettings;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.RenderedReminder;
import com.becflow.shared.mail.MailId;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sends one reminder step of an invoice, once. Under the invoice's lock the step is read again from the data as it is
 * now (the invoice may have been paid, paused, promised or reminded since the sweep saw it); only if it is still the
 * step due is it kept as done, and only the transaction that kept it queues the mail in the outbox and writes the
 * history. So however many jobs or servers try the same step, the client gets it once, and a rolled-back send leaves
 * neither mail nor record.
 */
@ApplicationScoped
@Transactional
public class ReminderSending {

    static final Actor SCHEDULE = Actor.system("reminder schedule");

    /** What became of an attempt to send. */
    public enum Result {
        SENT, CALL_TASK, NOT_DUE, ALREADY_DONE, NOT_OPEN, PAYMENT_IN_FLIGHT, NO_REMINDERS;

        public boolean done() {
            return this == SENT || this == CALL_TASK;
        }
    }

    private final Invoices invoices;
    private final ReminderBook book;
    private final ClientService clients;
    private final PaymentAttempts attempts;
    private final InvoiceLinks links;
    private final ReminderLetters letters;
    private final InvoiceHistory history;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ReminderSending(Invoices invoices, ReminderBook book, ClientService clients, PaymentAttempts attempts,
                           InvoiceLinks links, ReminderLetters letters, InvoiceHistory history, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.book = book;
        this.clients = clients;
        this.attempts = attempts;
        this.links = links;
        this.letters = letters;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    protected ReminderSending() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Sends {@code step} if it is the invoice's reminder due now, inside its client's business hours. */
    public Result send(TenantContext ctx, InvoiceId id, String step) {
        Instant now = clock.instant();
        Optional<RemindableInvoice> open = lockOpen(ctx, id);
        if (open.isEmpty()) {
            return Result.NOT_OPEN;
        }
        RemindableInvoice invoice = open.get();
        ReminderSettings settings = book.settings(ctx.tenant());
        Optional<ReminderSchedule.Planned> planned = ReminderRules.next(settings,
                book.client(ctx.tenant(), invoice.client()).orElse(null), invoice, now);
        if (planned.isEmpty() || !planned.get().occurrence().key().equals(step) || !planned.get().dueAt(now)) {
            return invoice.done().contains(step) ? Result.ALREADY_DONE : Result.NOT_DUE;
        }
        return deliver(ctx, invoice, planned.get().occurrence(), SCHEDULE, now);
    }

    /**
     * The freelancer sends the invoice's next reminder now, whatever its day, the business hours or a pause say; not
     * while a payment is in flight or the client disputes all the invoice owes, and never for a client who gets no
     * reminders.
     */
    public Result sendNow(TenantContext ctx, InvoiceId id) {
        Instant now = clock.instant();
        RemindableInvoice invoice = lockOpen(ctx, id)
                .orElseThrow(() -> new ReminderNotPossible(id, ReminderNotPossible.Reason.INVOICE_NOT_OPEN));
        if (invoice.whollyDisputed()) {
            throw new ReminderNotPossible(id, ReminderNotPossible.Reason.DISPUTED);
        }
        Optional<ReminderSchedule.Planned> planned = ReminderRules.nextIgnoringHolds(book.settings(ctx.tenant()),
                book.client(ctx.tenant(), invoice.client()).orElse(null), invoice, now);
        if (planned.isEmpty()) {
            throw new ReminderNotPossible(id, ReminderNotPossible.Reason.NONE_LEFT);
        }
        Result result = deliver(ctx, invoice, planned.get().occurrence(), Actor.freelancer(ctx), now);
        if (result == Result.PAYMENT_IN_FLIGHT) {
            throw new ReminderNotPossible(id, ReminderNotPossible.Reason.PAYMENT_IN_FLIGHT);
        }
        return result;
    }

    private Optional<RemindableInvoice> lockOpen(TenantContext ctx, InvoiceId id) {
        invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        return book.open(ctx.tenant(), id);
    }

    private Result deliver(TenantContext ctx, RemindableInvoice remindable, ReminderOccurrence step, Actor actor,
                           Instant now) {
        if (paymentInFlight(ctx, remindable.id())) {
            return Result.PAYMENT_IN_FLIGHT;
        }
        Invoice invoice = invoices.find(ctx.tenant(), remindable.id()).orElseThrow();
        Client client = clients.get(remindable.client(), ctx);
        ReminderMedium medium = ReminderRules.medium(step.medium(), client.reminderChannel());
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        if (medium == ReminderMedium.PHONE_CALL) {
            String task = "Call " + client.name() + " about " + invoice.number().orElse("") + " (" + step.tone()
                    .name().toLowerCase() + " reminder " + step.key() + ")";
            if (!book.keep(ctx.tenant(), new ReminderRecord(invoice.id(), step.key(), ReminderOutcome.CALL_TASK, medium,
                    step.tone(), null, task, at, null))) {
                return Result.ALREADY_DONE;
            }
            history.record(ctx, invoice.id(), InvoiceEventType.REMINDER_CALL_TASK, step.key(), actor, task);
            return Result.CALL_TASK;
        }
        String to = invoice.sentTo() == null ? client.email() : invoice.sentTo();
        // Each reminder carries a link of its own: links are kept hashed, so an earlier one cannot be sent again.
        IssuedLink link = links.issue(ctx, invoice, client, to, invoice.dueDate());
        ReminderFacts facts = letters.facts(ctx, invoice, client, link.token());
        RenderedReminder text = facts.write(step);
        MailId mail = MailId.newId();
        if (!book.keep(ctx.tenant(), new ReminderRecord(invoice.id(), step.key(), ReminderOutcome.SENT, medium,
                step.tone(), mail.value(), text.subject(), at, null))) {
            return Result.ALREADY_DONE;
        }
        // No SMS sender is installed yet: a client who prefers text messages is written to by mail meanwhile.
        OutgoingMail reminder = OutgoingMail.text(to, text.subject(), text.body());
        if (step.tone() == ReminderTone.FORMAL) {
            boolean finalNotice = lastOfPolicy(ctx, client, step);
            reminder = reminder.attachLater(FormalLetters.fileName(invoice, finalNotice), "application/pdf",
                    FormalLetters.SOURCE, FormalLetters.reference(invoice.id(), finalNotice, link.token()));
        }
        outbox.queueToClient(ctx.tenant(), MailTopic.invoice(invoice.id().value()), reminder, facts.language());
        history.record(ctx, invoice.id(), InvoiceEventType.REMINDER_SENT, step.key(), actor, step.tone().name()
                .charAt(0) + step.tone().name().substring(1).toLowerCase() + " reminder " + step.key() + " to " + to
                + ": " + text.subject());
        return Result.SENT;
    }

    /** Whether no reminder comes after this one under the client's policy: its letter is then the final notice. */
    private boolean lastOfPolicy(TenantContext ctx, Client client, ReminderOccurrence step) {
        ReminderPolicy policy = book.client(ctx.tenant(), client.id()).filter(own -> !own.off())
                .map(ClientReminders::policy).orElseGet(() -> book.settings(ctx.tenant()).effectivePolicy());
        List<ReminderOccurrence> all = policy.occurrences();
        return !all.isEmpty() && all.get(all.size() - 1).key().equals(step.key());
    }

    private boolean paymentInFlight(TenantContext ctx, InvoiceId invoice) {
        return attempts.checkoutDebitOnItsWay(ctx.tenant(), invoice);
    }
}
