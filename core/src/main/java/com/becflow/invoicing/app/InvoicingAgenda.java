package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Overdue;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.reminders.ReminderRules;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps invoicing's topics on the {@link Agenda}: noted in the transaction that makes the pending thing (an invoice
 * issued, an attempt stored, a payment recorded), and after each round moved to the topic's next moment as the
 * tenant's data says, or taken off.
 */
@ApplicationScoped
@Transactional
public class InvoicingAgenda {

    /** Later than anything is ever stamped, even by a clock moved far ahead: "whenever it happened". */
    private static final Instant WHENEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final Agenda agenda;
    private final PaymentAttempts attempts;
    private final OverdueNotices overdue;
    private final LateFees lateFees;
    private final PlannedCharges plannedCharges;

    @Inject
    public InvoicingAgenda(Agenda agenda, PaymentAttempts attempts, OverdueNotices overdue, LateFees lateFees,
                           PlannedCharges plannedCharges) {
        this.agenda = agenda;
        this.attempts = attempts;
        this.overdue = overdue;
        this.lateFees = lateFees;
        this.plannedCharges = plannedCharges;
    }

    protected InvoicingAgenda() {
        this(null, null, null, null, null);
    }

    /** An autopay charge falls due at {@code at}: a client's midnight, or now once a method was saved. */
    public void chargeExpected(TenantContext ctx, Instant at) {
        agenda.expect(ctx.tenant(), AgendaTopic.OVERDUE_INVOICES, at);
    }

    /** Autopay stopped charging an invoice at {@code at}: the reminders it held are read again from then. */
    public void autopayStopped(TenantContext ctx, Instant at) {
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, at);
    }

    /**
     * An invoice was issued: it becomes overdue at its client's midnight after its due date, and no reminder of it can
     * come before {@link ReminderRules#earliestPossible} (the reminder sweep reads the real moment then). The topics'
     * entries stay locked until the issuing commits, like the number counter; nobody holding one waits for a counter.
     */
    public void issued(TenantContext ctx, Invoice invoice, Client client) {
        if (invoice.kind().owed()) {
            agenda.expect(ctx.tenant(), AgendaTopic.OVERDUE_INVOICES, Overdue.from(invoice.dueNow(), client.zone()));
            agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, ReminderRules.earliestPossible(invoice.dueNow(),
                    invoice.issueDate()));
        }
    }

    /** Money went back out of an issued invoice (a chargeback): it is owed again, so its overdue moment counts again. */
    public void reopened(TenantContext ctx, Invoice invoice, Client client) {
        issued(ctx, invoice, client);
    }

    /** The day the invoice is due moved (a payment plan's next installment): overdue and reminders count from it. */
    public void dueDateMoved(TenantContext ctx, Invoice invoice, Client client) {
        issued(ctx, invoice, client);
    }

    /** A request to the payment provider was stored: it is read back once it has waited for its answer. */
    public void attemptStored(TenantContext ctx, PaymentAttempt attempt) {
        agenda.expect(ctx.tenant(), AgendaTopic.PAYMENT_ATTEMPTS, attempt.updatedAt().plus(PaymentReconciliation.SETTLE_AFTER));
    }

    /**
     * After a round handled the topic for the tenant: its entry moves to the next moment something of the topic falls
     * due, or is removed. The entry is locked before the data is read, so a moment noted meanwhile is never lost.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> reschedule(TenantContext ctx, AgendaTopic topic) {
        boolean held = agenda.lock(ctx.tenant(), topic);
        Optional<Instant> next = next(ctx, topic);
        if (held) {
            agenda.reschedule(ctx.tenant(), topic, next);
        } else {
            next.ifPresent(at -> agenda.expect(ctx.tenant(), topic, at));
        }
        return next;
    }

    /** When something of the topic next falls due for the tenant, read from its data. */
    public Optional<Instant> next(TenantContext ctx, AgendaTopic topic) {
        return switch (topic) {
            case PAYMENT_ATTEMPTS -> attempts.unsettledBefore(ctx.tenant(), WHENEVER, 1).stream().findFirst()
                    .map(a -> a.updatedAt().plus(PaymentReconciliation.SETTLE_AFTER));
            // Late fees and autopay charges ride on the overdue topic: they fall due at a client's midnight too.
            case OVERDUE_INVOICES -> earliest(earliest(overdue.next(ctx), lateFees.next(ctx)), plannedCharges.next(ctx));
            case UNVERIFIED_TRIAL, REMINDERS, BOOKS_SYNC, RECURRING_INVOICES -> throw new IllegalArgumentException("not an invoicing topic: " + topic);
        };
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
