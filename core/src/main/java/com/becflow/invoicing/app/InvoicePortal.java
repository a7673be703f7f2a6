package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.portal.PageInteraction;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.app.IssuedLink;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/**
 * The client's use cases on an invoice in the portal. Each starts from a link's secret, which names the
 * tenant, the client and the invoice; nothing else can be reached with it.
 */
@ApplicationScoped
@Transactional
public class InvoicePortal {

    private final InvoiceLinks links;
    private final TenantRegistry tenants;
    private final Invoices invoices;
    private final ClientService clients;
    private final InvoiceDocuments documents;
    private final InvoiceMails mails;
    private final InvoiceHistory history;
    private final OnlinePayments online;
    private final Clock clock;

    @Inject
    public InvoicePortal(InvoiceLinks links, TenantRegistry tenants, Invoices invoices, ClientService clients,
                         InvoiceDocuments documents, InvoiceMails mails, InvoiceHistory history, OnlinePayments online,
                         Clock clock) {
        this.links = links;
        this.tenants = tenants;
        this.invoices = invoices;
        this.clients = clients;
        this.documents = documents;
        this.mails = mails;
        this.history = history;
        this.online = online;
        this.clock = clock;
    }

    @Inject
    EarlyPaymentDiscounts discounts;

    @Inject
    InvoiceDisputes disputes;

    protected InvoicePortal() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The invoice behind a link. With {@code recordView}, the first view is recorded; the portal's page does not ask
     * for that when it opens (mail scanners open links and run their scripts) but calls {@link #interacted} once the
     * client does something on it.
     */
    public InvoicePortalView view(String token, boolean recordView) {
        InvoiceLinks.Opened o = links.open(token);
        Invoice invoice = o.invoice();
        if (recordView && invoice.view(clock.instant())) {
            history.record(o.ctx(), invoice.id(), InvoiceEventType.VIEWED, o.client(), "Opened by the client");
        }
        InvoiceDocument document = invoices.document(o.ctx().tenant(), invoice.id()).orElseThrow(PortalLinkNotFound::unknown);
        Tenant tenant = tenants.recent(o.ctx().tenant());
        Client client = clients.get(invoice.clientId(), o.ctx());
        InvoiceStatus status = invoice.statusOn(client.today(clock));
        boolean open = status.open() && invoice.balance().isPositive();
        Money disputed = InvoiceDispute.openAmount(disputes.of(o.ctx().tenant(), invoice.id()), invoice.currency());
        return new InvoicePortalView(invoice, status, document.html(), invoice.ledger(),
                invoices.payments(o.ctx().tenant(), invoice.id()).stream().filter(p -> p.kind() == PaymentKind.PAYMENT).toList(),
                tenant.displayName(), tenant.ownerEmail(), invoices.settings(o.ctx().tenant()).branding().bankInstructions(),
                InvoiceDispute.leastPayable(invoice.smallestPayment(), invoice.balance(), disputed), disputed,
                open && online.available(o.ctx()), online.pending(o.ctx(), invoice.id()),
                discounts.offerAt(invoice, clock.instant(), o.ctx()));
    }

    /**
     * The client did something on the invoice's page ({@link PageInteraction}, as the browser saw the user do it). The
     * first such moment is the view recorded, saying what it was and how long after the page opened.
     *
     * @return whether this recorded the view
     */
    public boolean interacted(String token, PageInteraction interaction, Duration afterOpening) {
        InvoiceLinks.Opened o = links.open(token);
        Invoice invoice = o.invoice();
        if (!invoice.view(clock.instant())) {
            return false;
        }
        history.record(o.ctx(), invoice.id(), InvoiceEventType.VIEWED, o.client(), "Opened by the client; seen through"
                + " their first " + interaction.description() + " on the page"
                + (afterOpening == null ? "" : ", " + Math.max(0, afterOpening.toSeconds()) + " s after it opened"));
        return true;
    }

    public InvoiceFile pdf(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return documents.pdf(o.invoice(), o.ctx());
    }

    public InvoiceFile receipt(String token, PaymentId payment) {
        InvoiceLinks.Opened o = links.open(token);
        try {
            return documents.receipt(o.invoice(), payment, o.ctx());
        } catch (InvoiceNotFound e) {
            throw PortalLinkNotFound.unknown();
        }
    }

    /**
     * Emails a fresh link to the address the expired one went to, if the invoice is not void. Says nothing
     * more than "on its way" and never sends anywhere else.
     */
    public void renew(String token) {
        InvoiceLinks.Opened o = links.openExpired(token);
        TenantContext ctx = o.ctx();
        Invoice invoice = o.invoice();
        if (invoice.status() == InvoiceStatus.VOID || links.sentRecently(ctx, invoice.id())) {
            return;
        }
        o.link().revoke(clock.instant());
        Client client = clients.get(invoice.clientId(), ctx);
        IssuedLink fresh = links.issue(ctx, invoice, client, o.link().sentTo(), invoice.dueDate());
        history.record(ctx, invoice.id(), InvoiceEventType.SENT, o.client(), "Client asked for a fresh link; sent to "
                + o.link().sentTo() + "; expires " + fresh.link().expiresAt());
        mails.link(invoice, tenants.recent(ctx.tenant()), client, o.link().sentTo(), fresh, true, ctx);
    }
}
