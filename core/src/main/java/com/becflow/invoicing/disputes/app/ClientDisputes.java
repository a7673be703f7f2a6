package com.becflow.invoicing.disputes.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.invoicing.disputes.DisputeConflict;
import com.becflow.invoicing.disputes.InvalidDispute;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client disputes part of their invoice through its link: one line, or an amount of the whole, with their reason.
 * The disputed amount is held back from reminders and late fees until the freelancer answers ({@link DisputeAnswers});
 * the rest stays payable. One dispute at a time per invoice; the freelancer is mailed, and the history records it.
 */
@ApplicationScoped
@Transactional
public class ClientDisputes {

    /** A line the client may dispute: its position (from 1), what it is for, and its total with tax. */
    public record LineChoice(int position, String description, Money total) {
    }

    /** The invoice's disputes, whether (and what) the client may dispute now, and the client's zone to read days in. */
    public record Standing(List<InvoiceDispute> disputes, boolean canRaise, List<LineChoice> lines, Money open,
                           Money disputed, ZoneId zone) {
    }

    /** A dispute as the client states it: {@code line} null disputes an amount of the whole invoice. */
    public record RaiseDispute(Integer line, BigDecimal amount, String reason) {
    }

    private final InvoiceLinks links;
    private final Ledger ledger;
    private final InvoiceDisputes disputes;
    private final InvoiceHistory history;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final DisputeMails mails;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public ClientDisputes(InvoiceLinks links, Ledger ledger, InvoiceDisputes disputes, InvoiceHistory history,
                          ClientService clients, TenantRegistry tenants, DisputeMails mails, Agenda agenda, Clock clock) {
        this.links = links;
        this.ledger = ledger;
        this.disputes = disputes;
        this.history = history;
        this.clients = clients;
        this.tenants = tenants;
        this.mails = mails;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected ClientDisputes() {
        this(null, null, null, null, null, null, null, null, null);
    }

    public Standing standing(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return standing(o.ctx(), o.invoice());
    }

    public Standing raise(String token, RaiseDispute command) {
        InvoiceLinks.Opened o = links.open(token);
        TenantContext ctx = o.ctx();
        LockedInvoice locked = ledger.lock(o.invoice().id(), ctx);
        Invoice invoice = locked.invoice();
        if (!disputable(invoice)) {
            throw new DisputeConflict("dispute.invoice-not-open", invoice.describe() + " is "
                    + invoice.status().label().toLowerCase() + "; only an open invoice can be disputed");
        }
        List<InvoiceDispute> earlier = disputes.of(ctx.tenant(), invoice.id());
        if (earlier.stream().anyMatch(InvoiceDispute::open)) {
            throw new DisputeConflict("dispute.already-open", "A dispute of this invoice waits for an answer already");
        }
        List<LineChoice> lines = lines(invoice);
        Money lineTotal = null;
        if (command.line() != null) {
            if (command.line() < 1 || command.line() > lines.size()) {
                throw new InvalidDispute(Map.of("line", "One of the invoice's lines, 1 to " + lines.size()));
            }
            lineTotal = lines.get(command.line() - 1).total();
        }
        Money amount = command.amount() == null ? null : new Money(command.amount(), invoice.currency());
        InvoiceDispute dispute = InvoiceDispute.raise(invoice.id(), command.line(), lineTotal, amount, command.reason(),
                invoice.balance(), clock.instant());
        disputes.add(ctx.tenant(), dispute);
        String what = command.line() == null ? "an amount of the invoice"
                : "line " + command.line() + ", " + lines.get(command.line() - 1).description();
        history.record(ctx, invoice.id(), InvoiceEventType.DISPUTE_RAISED, o.client(), MoneyText.of(dispute.amount())
                + " disputed (" + what + "): " + dispute.reason());
        mails.raised(ctx.tenant(), tenants.recent(ctx.tenant()), invoice, clients.get(invoice.clientId(), ctx), dispute,
                what);
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, clock.instant());
        return standing(ctx, invoice);
    }

    private Standing standing(TenantContext ctx, Invoice invoice) {
        List<InvoiceDispute> all = disputes.of(ctx.tenant(), invoice.id());
        boolean canRaise = disputable(invoice) && all.stream().noneMatch(InvoiceDispute::open);
        return new Standing(all, canRaise, lines(invoice), invoice.balance(),
                InvoiceDispute.openAmount(all, invoice.currency()), clients.get(invoice.clientId(), ctx).zone());
    }

    static boolean disputable(Invoice invoice) {
        return invoice.kind().owed() && invoice.status().open() && invoice.balance().isPositive();
    }

    private static List<LineChoice> lines(Invoice invoice) {
        List<LineChoice> choices = new ArrayList<>();
        List<InvoiceLine> items = invoice.lines().items();
        for (int i = 0; i < items.size(); i++) {
            InvoiceLine line = items.get(i);
            choices.add(new LineChoice(i + 1, line.description(),
                    line.net(invoice.currency()).plus(line.tax(invoice.currency()))));
        }
        return choices;
    }
}
