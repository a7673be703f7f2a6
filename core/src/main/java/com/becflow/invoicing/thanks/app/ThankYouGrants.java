package com.becflow.invoicing.thanks.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.ThankYouDiscounts;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The thank-you discount through its life, each step in the caller's transaction: granted with the receipt of a
 * payment that settles an invoice on time, taken when the client's next invoice is issued, given back when that
 * invoice is voided. Days are the client's, as for due dates.
 */
@ApplicationScoped
@Transactional
public class ThankYouGrants {

    private final ThankYouDiscounts discounts;
    private final Invoices invoices;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public ThankYouGrants(ThankYouDiscounts discounts, Invoices invoices, ClientService clients, Clock clock) {
        this.discounts = discounts;
        this.invoices = invoices;
        this.clients = clients;
        this.clock = clock;
    }

    protected ThankYouGrants() {
        this(null, null, null, null);
    }

    /** The discount this payment earns, if the workspace offers one and the invoice was not thanked before. */
    public Optional<ThankYouDiscount> grantFor(Invoice invoice, Payment payment, TenantContext ctx) {
        var terms = invoices.settings(ctx.tenant()).thankYouTerms();
        if (!terms.enabled()) {
            return Optional.empty();
        }
        LocalDate clientToday = today(clients.get(invoice.clientId(), ctx));
        return terms.earnedBy(invoice, payment, clientToday, clock.instant())
                .filter(granted -> discounts.grant(ctx.tenant(), granted));
    }

    /**
     * Takes the client's oldest open discount off an invoice (not a deposit or credit note) about to be issued: its
     * lines get the discount lines, its totals follow.
     */
    public Optional<ThankYouDiscount> takeAtIssue(Invoice draft, Client client, TenantContext ctx) {
        if (draft.kind() != InvoiceKind.INVOICE) {
            return Optional.empty();
        }
        Optional<ThankYouDiscount> open = discounts.lockOldestOpen(ctx.tenant(), client.id(), today(client));
        open.ifPresent(discount -> {
            Instant now = clock.instant();
            InvoiceContent content = draft.content();
            draft.change(new InvoiceContent(content.currency(), discount.appliedTo(content.lines(), content.currency()),
                    content.reference(), content.notes(), content.netDays(), content.partialPayments(),
                    content.minimumPayment()), now);
            discount.useFor(draft.id(), now);
            discounts.saveUse(ctx.tenant(), discount);
        });
        return open;
    }

    /** The invoice was voided: the discount it used waits for the next invoice again, unless it has expired. */
    public void giveBack(Invoice voided, TenantContext ctx) {
        discounts.lockUsedBy(ctx.tenant(), voided.id()).ifPresent(discount -> {
            if (discount.giveBack(today(clients.get(voided.clientId(), ctx)))) {
                discounts.saveUse(ctx.tenant(), discount);
            }
        });
    }

    /** The discount the client's next invoice would take if issued today, as a draft shows it. */
    public Optional<ThankYouDiscount> awaiting(Invoice draft, TenantContext ctx) {
        if (draft.kind() != InvoiceKind.INVOICE) {
            return Optional.empty();
        }
        Client client = clients.get(draft.clientId(), ctx);
        LocalDate clientToday = today(client);
        return discounts.ofClient(ctx.tenant(), client.id()).stream().filter(d -> d.openOn(clientToday))
                .min(Comparator.comparing(ThankYouDiscount::grantedAt));
    }

    /** The client's discounts, newest first, and which are open today. */
    public List<ClientDiscount> ofClient(ClientId id, TenantContext ctx) {
        Client client = clients.get(id, ctx);
        LocalDate clientToday = today(client);
        return discounts.ofClient(ctx.tenant(), id).stream()
                .map(d -> new ClientDiscount(d, d.openOn(clientToday))).toList();
    }

    /** A client's discount and whether their next invoice would still take it. */
    public record ClientDiscount(ThankYouDiscount discount, boolean open) {
    }

    private LocalDate today(Client client) {
        return client.today(clock);
    }
}
