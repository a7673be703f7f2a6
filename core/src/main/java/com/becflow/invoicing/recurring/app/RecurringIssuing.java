package com.becflow.invoicing.recurring.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.recurring.DayPlaceholders;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.invoicing.recurring.RetainerPeriod;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The round's side of recurring invoices: each due day's invoice is made from the series' fields, issued and sent
 * (numbered, frozen, mailed through the outbox) in a transaction of its own that also records the day, so a day is
 * issued once even if the round runs again or the server restarts halfway.
 */
@ApplicationScoped
public class RecurringIssuing {

    private final RecurringInvoices recurring;
    private final RetainerHours hours;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final ClientService clients;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public RecurringIssuing(RecurringInvoices recurring, RetainerHours hours, InvoiceDrafts drafts,
                            InvoiceIssuing issuing, ClientService clients, Agenda agenda, Clock clock) {
        this.recurring = recurring;
        this.hours = hours;
        this.drafts = drafts;
        this.issuing = issuing;
        this.clients = clients;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected RecurringIssuing() {
        this(null, null, null, null, null, null, null);
    }

    /** The recurring invoices with a day due by now, where the workspace is. */
    @Transactional
    public List<RecurringInvoiceId> due(TenantContext ctx) {
        return recurring.dueBy(ctx.tenant(), ctx.today(clock));
    }

    /**
     * Issues the series' next day if it is due by now, and returns its invoice; empty when nothing is due (another
     * round was first) or a retainer's closing day found no extra hours to bill (the series just ends). A rule the invoice breaks (the client archived, the workspace read-only) rolls it all back;
     * the caller then pauses the series with the reason.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Invoice> issueNext(TenantContext ctx, RecurringInvoiceId id) {
        RecurringInvoice series = recurring.lock(ctx.tenant(), id).orElse(null);
        Instant now = clock.instant();
        if (series == null || !series.dueBy(now, ctx.zone())) {
            return Optional.empty();
        }
        LocalDate day = series.nextIssueDay().orElseThrow();
        // On a retainer's closing day only the last period's extra hours are billed; no fee, no new period.
        boolean closing = series.nextDay().isEmpty();
        Client client = clients.get(series.clientId(), ctx);
        if (client.archived()) {
            throw new InvoiceStateConflict("recurring-invoice.client-archived",
                    "The client " + client.name() + " is archived");
        }
        InvoiceContent content = DayPlaceholders.fill(series.content(), day);
        List<InvoiceLine> lines = new ArrayList<>(closing ? List.of() : content.lines().items());
        RetainerPeriod period = null;
        List<RetainerHours.Entry> counted = List.of();
        if (series.retainer().isPresent() && series.issuedCount() > 0) {
            // The fee is billed ahead for the period this day opens; the hours of the period it closes, behind.
            Retainer retainer = series.retainer().get();
            counted = hours.unbilledBefore(ctx.tenant(), id, day);
            period = RetainerPeriod.close(retainer, counted.stream().map(RetainerHours.Entry::hours).toList(),
                    series.carriedHours());
            period.extraLine(retainer, content.lines().items().get(0)).ifPresent(lines::add);
        }
        if (lines.isEmpty()) {
            series.closed(now);
            recurring.update(ctx.tenant(), series);
            return Optional.empty();
        }
        Invoice invoice = drafts.create(new SaveInvoice(series.clientId(), series.contractId().orElse(null),
                content.currency().getCurrencyCode(), lines, content.reference(), content.notes(),
                content.netDays(), content.partialPayments(), content.minimumPayment()), ctx);
        issuing.issue(invoice, client, Actor.system("recurring invoice " + id + " for " + day), ctx);
        if (!counted.isEmpty()) {
            hours.billed(ctx.tenant(), counted.stream().map(RetainerHours.Entry::id).toList(), invoice.id());
        }
        if (closing) {
            series.closed(now);
        } else {
            series.issued(day, period, now);
        }
        recurring.update(ctx.tenant(), series);
        recurring.recordIssue(ctx.tenant(), id, day, invoice.id(), now);
        return Optional.of(invoice);
    }

    /** Paused by the round with the reason issuing failed, for the freelancer to mend and resume. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pauseFor(TenantContext ctx, RecurringInvoiceId id, String reason) {
        recurring.lock(ctx.tenant(), id).ifPresent(series -> {
            series.pauseFor(reason, clock.instant());
            recurring.update(ctx.tenant(), series);
        });
    }

    /**
     * After a round issued what was due: the tenant's entry moves to the next issuing moment, or goes. Locked before the
     * data is read, so a moment a freelancer notes meanwhile is kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> reschedule(TenantContext ctx) {
        boolean held = agenda.lock(ctx.tenant(), AgendaTopic.RECURRING_INVOICES);
        Optional<Instant> next = recurring.earliestNextDay(ctx.tenant())
                .map(day -> RecurringInvoice.issueMoment(day, ctx.zone()));
        if (held) {
            agenda.reschedule(ctx.tenant(), AgendaTopic.RECURRING_INVOICES, next);
        } else {
            next.ifPresent(at -> agenda.expect(ctx.tenant(), AgendaTopic.RECURRING_INVOICES, at));
        }
        return next;
    }
}
