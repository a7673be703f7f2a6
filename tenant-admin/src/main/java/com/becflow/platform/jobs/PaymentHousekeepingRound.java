package com.becflow.platform.jobs;

import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksSchedule;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.invoicing.app.InvoicingAgenda;
import com.becflow.invoicing.app.LateFees;
import com.becflow.invoicing.app.NotificationWorker;
import com.becflow.invoicing.app.OverdueNotices;
import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.app.PaymentReconciliation;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.app.AutopayCalendar;
import com.becflow.invoicing.plans.app.AutopayDispatch;
import com.becflow.invoicing.recurring.app.RecurringRound;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.TenantActivated;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.tenancy.app.UnverifiedTrials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of payment housekeeping, run every minute by {@link PaymentHousekeepingHandler}: provider notifications
 * whose worker failed are applied; then only the tenants with something due on the {@link Agenda} are entered, and
 * each due topic is handled and moved to its next moment (or taken off). No tenant is entered for nothing, however
 * many there are; a tenant's due reminders are handed to one job each ({@link ReminderRound}), and so are its invoices with an
 * autopay charge due ({@link com.becflow.invoicing.plans.app.AutopayDispatch}). A tenant that is not
 * served keeps its entries, put off by {@link #NOT_SERVED_RETRY} and brought back the moment it is activated; a
 * topic that fails stays due and is tried again next round.
 */
@ApplicationScoped
public class PaymentHousekeepingRound {

    /** Agenda entries handled per round, earliest first; the rest wait a minute. */
    static final int ENTRIES_PER_ROUND = 1000;
    /** How long the entries of a tenant that is not served are put off. */
    static final Duration NOT_SERVED_RETRY = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(PaymentHousekeepingRound.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    Agenda agenda;

    @Inject
    InvoicingAgenda invoicingAgenda;

    @Inject
    PaymentNotifications notifications;

    @Inject
    NotificationWorker worker;

    @Inject
    PaymentReconciliation reconciliation;

    @Inject
    OverdueNotices overdue;

    @Inject
    LateFees lateFees;

    @Inject
    UnverifiedTrials unverifiedTrials;

    @Inject
    ReminderRound reminders;

    @Inject
    BooksSchedule booksSchedule;

    @Inject
    BooksSyncDispatch booksDispatch;

    @Inject
    AutopayCalendar autopay;

    @Inject
    AutopayDispatch autopayDispatch;

    @Inject
    RecurringRound recurring;

    @Inject
    Clock clock;

    /** What a round did. */
    public record Report(int providerEvents, List<TenantId> entered, List<TenantId> notServed, int topicsHandled,
                         int topicsFailed) {
    }

    public Report run() {
        int events = 0;
        for (String eventId : notifications.due(500)) {
            worker.apply(eventId);
            events++;
        }
        Instant now = clock.instant();
        Map<TenantId, List<AgendaTopic>> due = new LinkedHashMap<>();
        for (AgendaEntry entry : agenda.due(now, ENTRIES_PER_ROUND)) {
            due.computeIfAbsent(entry.tenant(), t -> new ArrayList<>()).add(entry.topic());
        }
        List<TenantId> entered = new ArrayList<>();
        List<TenantId> notServed = new ArrayList<>();
        int handled = 0;
        int failed = 0;
        for (Map.Entry<TenantId, List<AgendaTopic>> tenant : due.entrySet()) {
            TenantContext ctx;
            try {
                ctx = registry.enter(tenant.getKey(), TenantJobHandler.JOBS);
            } catch (TenantNotServed e) {
                agenda.postpone(tenant.getKey(), now.plus(NOT_SERVED_RETRY));
                notServed.add(tenant.getKey());
                continue;
            }
            entered.add(tenant.getKey());
            for (AgendaTopic topic : tenant.getValue()) {
                try {
                    if (topic == AgendaTopic.UNVERIFIED_TRIAL) {
                        unverifiedTrials.removeIfStillUnverified(ctx.tenant(), now);
                        handled++;
                        continue;
                    }
                    if (topic == AgendaTopic.REMINDERS) {
                        reminders.run(ctx);
                        handled++;
                        continue;
                    }
                    if (topic == AgendaTopic.RECURRING_INVOICES) {
                        recurring.run(ctx);
                        handled++;
                        continue;
                    }
                    if (topic == AgendaTopic.BOOKS_SYNC) {
                        // After the schedule's transaction committed: the job store's transactions never run in ours.
                        for (BooksVendor vendor : booksSchedule.due(ctx)) {
                            booksDispatch.enqueue(new BooksSyncRequested(ctx.tenant(), vendor));
                        }
                        handled++;
                        continue;
                    }
                    handle(topic, ctx);
                    invoicingAgenda.reschedule(ctx, topic);
                    handled++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Housekeeping of " + topic + " failed for tenant " + ctx.tenant()
                            + "; it stays due", e);
                }
            }
        }
        return new Report(events, entered, notServed, handled, failed);
    }

    private void handle(AgendaTopic topic, TenantContext ctx) {
        switch (topic) {
            case PAYMENT_ATTEMPTS -> reconciliation.reconcile(ctx);
            case OVERDUE_INVOICES -> {
                overdue.notice(ctx);
                lateFees.chargeDue(ctx);
                // Charging calls the provider, so each invoice's charges run as a job of their own.
                for (InvoiceId invoice : autopay.due(ctx)) {
                    autopayDispatch.dispatch(ctx.tenant(), invoice);
                }
            }
            default -> throw new IllegalArgumentException("not an invoicing topic: " + topic);
        }
    }

    /** A tenant served again is looked at in the next round, not when its put-off entries come round. */
    void activated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantActivated activated) {
        try {
            agenda.bringForward(activated.tenant(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agenda of activated tenant " + activated.tenant() + " not brought forward; it comes"
                    + " round within " + NOT_SERVED_RETRY.toMinutes() + " minutes", e);
        }
    }
}
