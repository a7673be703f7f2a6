package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceFile;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The client's use cases on an invoice in the portal. Each starts from a link's secret, which names the
 * tenant, the client and the invoice; nothing else can be reached with it.
 */
@ApplicationScoped
@Transactional
public class InvoicePortal {

    private final PortalLinkService links;
    private final TenantRegistry tenants;
    private final Invoices invoices;
    private final ClientService clients;
    private final InvoiceService service;
    private final OnlinePayments online;
    private final Clock clock;

    @Inject
    public InvoicePortal(PortalLinkService links, TenantRegistry tenants, Invoices invoices, ClientService clients,
                         InvoiceService service, OnlinePayments online, Clock clock) {
        this.links = links;
        this.tenants = tenants;
        this.invoices = invoices;
        this.clients = clients;
        this.service = service;
        this.online = online;
        this.clock = clock;
    }

    protected InvoicePortal() {
        this(null, null, null, null, null, null, null);
    }

    /** An opened link: the tenant it names, entered as the client, and the invoice. */
    public record Opened(PortalLink link, TenantContext ctx, Invoice invoice) {
    }

    Opened enter(PortalLink link) {
        TenantContext ctx = links.enterAsClient(link);
        Invoice invoice = invoices.find(ctx.tenant(), new InvoiceId(link.subject()))
                .filter(i -> i.clientId().equals(link.client()))
                .orElseThrow(PortalLinkNotFound::unknown);
        return new Opened(link, ctx, invoice);
    }

    public Opened open(String token) {
        return enter(links.open(token, PortalPurpose.INVOICE));
    }

    /** The invoice behind a link; the client's first view (not a mail scanner's GET) is recorded. */
    public InvoicePortalView view(String token, boolean recordView) {
        Opened o = open(token);
        Instant now = clock.instant();
        Invoice invoice = o.invoice();
        if (recordView && invoice.view(now)) {
            service.log(o.ctx(), invoice, "VIEWED", client(o), "Opened by the client", now);
        }
        return view(o);
    }

    InvoicePortalView view(Opened o) {
        Invoice invoice = o.invoice();
        InvoiceDocument document = invoices.document(o.ctx().tenant(), invoice.id()).orElseThrow(PortalLinkNotFound::unknown);
        Tenant tenant = tenants.get(o.ctx().tenant());
        Client client = clients.get(invoice.clientId(), o.ctx());
        InvoiceStatus status = invoice.statusOn(LocalDate.now(clock.withZone(client.zone())));
        boolean open = status.open() && invoice.balance().isPositive();
        boolean pending = online.pending(o.ctx(), invoice.id());
        return new InvoicePortalView(invoice, status, document.html(), invoice.ledger(),
                invoices.payments(o.ctx().tenant(), invoice.id()).stream().filter(p -> p.kind() == PaymentKind.PAYMENT).toList(),
                tenant.displayName(), tenant.ownerEmail(), invoices.settings(o.ctx().tenant()).branding().bankInstructions(),
                invoice.smallestPayment(), open && online.available(o.ctx()), pending);
    }

    public InvoiceFile pdf(String token) {
        Opened o = open(token);
        return service.documentPdf(o.invoice(), o.ctx());
    }

    public InvoiceFile receipt(String token, PaymentId payment) {
        Opened o = open(token);
        try {
            return service.receiptPdf(o.invoice(), payment, o.ctx());
        } catch (com.becflow.invoicing.InvoiceNotFound e) {
            throw PortalLinkNotFound.unknown();
        }
    }

    /**
     * Emails a fresh link to the address the expired one went to, if the invoice is not void. Says nothing
     * more than "on its way" and never sends anywhere else.
     */
    public void renew(String token) {
        PortalLink expired = links.expired(token, PortalPurpose.INVOICE);
        Opened o = enter(expired);
        Instant now = clock.instant();
        if (o.invoice().status() == InvoiceStatus.VOID || links.sentRecently(o.ctx().tenant(), o.invoice().id().value())) {
            return;
        }
        expired.revoke(now);
        Client client = clients.get(o.invoice().clientId(), o.ctx());
        IssuedLink fresh = links.issue(o.ctx().tenant(), expired.client(), PortalPurpose.INVOICE, o.invoice().id().value(),
                expired.sentTo());
        service.log(o.ctx(), o.invoice(), "SENT", client(o), "Client asked for a fresh link; sent to " + expired.sentTo()
                + "; expires " + fresh.link().expiresAt(), now);
        service.mailLink(o.invoice(), tenants.get(o.ctx().tenant()), client, expired.sentTo(), fresh, true, o.ctx());
    }

    static String client(Opened o) {
        return "client (link sent to " + o.link().sentTo() + ")";
    }
}
