package com.becflow.reminders.app;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.ClientReminders;
import com.becflow.reminders.RemindableInvoice;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderRules;
import com.becflow.reminders.ReminderSchedule;
import com.becflow.reminders.ReminderSettings;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reminder sweep of one tenant, in a transaction of its own: reads its open invoices page by page, lists each
 * reminder due now, and moves the tenant's {@link AgendaTopic#REMINDERS} entry to the earliest moment any of its
 * invoices is reminded next. The housekeeping round hands what it found to jobs ({@link ReminderDispatch}) once this has committed.
 *
 * <p>The entry is locked before the data is read, so a moment a writer notes meanwhile (an invoice issued, a pause
 * lifted) waits and is kept if earlier. A reminder handed to a job counts as due again {@link #REDISPATCH_AFTER}
 * later: if its job has sent it by then, the next sweep reads its next step instead; if not, it is handed again, and
 * the send's idempotency keeps the client from getting it twice.
 */
@ApplicationScoped
public class ReminderSweep {

    static final int PAGE = 500;
    static final Duration REDISPATCH_AFTER = Duration.ofMinutes(5);

    /** A reminder due now: a step of the invoice's due date (under a payment plan, of the installment due now). */
    public record Due(InvoiceId invoice, LocalDate dueDate, String step) {
    }

    /** What one sweep of a tenant found: the reminders due now, and the tenant's next moment. */
    public record Swept(int invoicesRead, List<Due> due, Optional<Instant> next) {
    }

    private final ReminderBook book;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public ReminderSweep(ReminderBook book, Agenda agenda, Clock clock) {
        this.book = book;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected ReminderSweep() {
        this(null, null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Swept sweep(TenantContext ctx) {
        Instant now = clock.instant();
        boolean held = agenda.lock(ctx.tenant(), AgendaTopic.REMINDERS);
        ReminderSettings settings = book.settings(ctx.tenant());
        Map<ClientId, ClientReminders> own = book.clients(ctx.tenant());
        Instant earliest = null;
        int read = 0;
        List<Due> due = new ArrayList<>();
        InvoiceId after = null;
        List<RemindableInvoice> page;
        do {
            page = book.open(ctx.tenant(), after, PAGE);
            for (RemindableInvoice invoice : page) {
                read++;
                Optional<ReminderSchedule.Planned> planned = ReminderRules.next(settings, own.get(invoice.client()),
                        invoice, now);
                if (planned.isEmpty()) {
                    continue;
                }
                Instant moment = planned.get().at();
                if (planned.get().dueAt(now)) {
                    due.add(new Due(invoice.id(), invoice.dueDate(), planned.get().occurrence().key()));
                    moment = now.plus(REDISPATCH_AFTER);
                }
                earliest = earliest == null || moment.isBefore(earliest) ? moment : earliest;
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        Optional<Instant> next = Optional.ofNullable(earliest);
        if (held) {
            agenda.reschedule(ctx.tenant(), AgendaTopic.REMINDERS, next);
        } else {
            next.ifPresent(at -> agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, at));
        }
        return new Swept(read, due, next);
    }
}
