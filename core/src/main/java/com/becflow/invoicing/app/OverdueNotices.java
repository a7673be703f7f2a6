package com.becflow.invoicing.app;

import com.becflow.invoicing.DueInvoices;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Overdue;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Notices each invoice once when it becomes overdue: its due date has ended where its client lives and it is still
 * open. The notice is an {@link InvoiceEventType#OVERDUE} entry in its history, naming the due date (under a payment
 * plan, each installment's day it falls behind on, so once per installment: {@link Invoice#dueNow}); reminders and
 * late fees will start from it. The status the freelancer and the client see is read the same way
 * ({@link InvoiceQueries#status}), so the history never disagrees with the list.
 */
@ApplicationScoped
@Transactional
public class OverdueNotices {

    static final Actor DUE_DATE_PASSED = Actor.system("due date passed");
    /** Invoices looked at per round and tenant; the rest are next round's (the agenda keeps the tenant due). */
    static final int PER_ROUND = 100;

    private final DueInvoices due;
    private final Invoices invoices;
    private final InvoiceQueries queries;
    private final InvoiceHistory history;
    private final Clock clock;

    @Inject
    public OverdueNotices(DueInvoices due, Invoices invoices, InvoiceQueries queries, InvoiceHistory history, Clock clock) {
        this.due = due;
        this.invoices = invoices;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    protected OverdueNotices() {
        this(null, null, null, null, null);
    }

    /** Records the invoices that became overdue and were not noticed yet; returns how many. */
    public int notice(TenantContext ctx) {
        // No client's today is later than the calendar furthest ahead of UTC: only invoices due before it can be overdue.
        LocalDate furthestToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.MAX);
        int noticed = 0;
        for (Invoice candidate : due.unnoticedDueBefore(ctx.tenant(), furthestToday, PER_ROUND)) {
            if (queries.status(candidate, ctx) != InvoiceStatus.OVERDUE) {
                continue;
            }
            // Under the invoice's lock, so a payment arriving this moment either comes first or finds the notice.
            Invoice invoice = invoices.lock(ctx.tenant(), candidate.id()).orElseThrow();
            if (queries.status(invoice, ctx) == InvoiceStatus.OVERDUE && history.recordOnce(ctx, invoice.id(),
                    InvoiceEventType.OVERDUE, invoice.dueNow().toString(), DUE_DATE_PASSED, "Overdue: "
                            + (invoice.followsPlan() ? "the payment plan's installment " : "") + "due on "
                            + invoice.dueNow() + ", still open when that day ended for the client; balance "
                            + invoice.balance().rounded())) {
                noticed++;
            }
        }
        return noticed;
    }

    /** When the next open invoice becomes overdue (its client's midnight), if any is still to be noticed. */
    public Optional<Instant> next(TenantContext ctx) {
        return due.earliestUnnoticedByClientZone(ctx.tenant()).entrySet().stream()
                .map(OverdueNotices::moment).min(Instant::compareTo);
    }

    private static Instant moment(Map.Entry<ZoneId, LocalDate> earliest) {
        return Overdue.from(earliest.getValue(), earliest.getKey());
    }
}
