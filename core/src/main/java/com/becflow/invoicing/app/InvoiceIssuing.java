package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.portal.app.IssuedLink;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Issuing: a draft gets the next number of its series (and, if it is the client's next invoice after an on-time
 * payment, their thank-you discount), its document is frozen as the client will see it, and the client is mailed a
 * personal link. Sending again replaces every earlier link with a fresh one.
 */
@ApplicationScoped
@Transactional
public class InvoiceIssuing {

    private final Invoices invoices;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final InvoiceLinks links;
    private final InvoiceDocuments documents;
    private final InvoiceMails mails;
    private final InvoiceHistory history;
    private final Clock clock;

    @Inject
    InvoicingAgenda agenda;

    @Inject
    ThankYouGrants thankYous;

    @Inject
    public InvoiceIssuing(Invoices invoices, ClientService clients, TenantRegistry tenants, InvoiceLinks links,
                          InvoiceDocuments documents, InvoiceMails mails, InvoiceHistory history, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.links = links;
        this.documents = documents;
        this.mails = mails;
        this.history = history;
        this.clock = clock;
    }

    protected InvoiceIssuing() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * Numbers the freelancer's draft, freezes its document and emails the client a personal link. The number is
     * taken in this transaction: if anything after it fails, the number is not used up.
     */
    public Invoice issue(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        Client client = clients.get(invoice.clientId(), ctx);
        if (client.archived()) {
            throw new InvoiceStateConflict("invoice.issue.client-archived", "The client is archived; restore them before issuing");
        }
        issue(invoice, client, Actor.freelancer(ctx), ctx);
        return invoice;
    }

    /** Issues a draft this transaction made or locked: a deposit invoice, a credit note, a recurring invoice's. */
    public void issue(Invoice invoice, Client client, Actor actor, TenantContext ctx) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.issue.already-issued", invoice.describe() + " is already issued");
        }
        if (!invoice.total().isPositive()) {
            throw InvalidInvoice.of("lines", "The total is zero: there is nothing to invoice");
        }
        // Taken before the number, whose counter must be the last lock this transaction waits for.
        String thanked = thankYous.takeAtIssue(invoice, client, ctx).map(d -> "; " + d.lineDescription())
                .orElse("");
        Tenant tenant = tenants.recent(ctx.tenant());
        InvoiceSettings settings = invoices.settings(ctx.tenant());
        LocalDate issuedOn = ctx.today(clock);
        // The number is taken last: its counter stays locked until commit, so nothing after it may wait on
        // anything another issuer could hold (a link's row, a second pooled connection).
        IssuedLink link = !invoice.kind().owed() ? null
                : links.issue(ctx, invoice, client, client.email(), issuedOn.plusDays(invoice.netDays()));
        String series = settings.numbering().series(invoice.kind(), issuedOn.getYear());
        String number = settings.numbering().format(invoice.kind(), issuedOn.getYear(),
                invoices.nextNumber(ctx.tenant(), series));
        invoice.issue(number, issuedOn, client.email(), clock.instant());
        agenda.issued(ctx, invoice, client);
        InvoiceDocument document = documents.freeze(invoice, InvoiceParties.of(tenant, client), ctx);
        history.record(ctx, invoice.id(), InvoiceEventType.ISSUED, actor, invoice.kind().label() + " " + number
                + " issued for " + invoice.total().rounded() + ", due " + invoice.dueDate() + thanked + "; document SHA-256 "
                + document.sha256());
        if (link != null) {
            history.record(ctx, invoice.id(), InvoiceEventType.SENT, actor, "Link sent to " + client.email()
                    + "; expires " + link.link().expiresAt());
            mails.link(invoice, tenant, client, client.email(), link, false, ctx);
        }
    }

    /** A fresh link, e.g. when the first mail got lost; earlier links stop working. */
    public Invoice resend(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        if (invoice.status() == InvoiceStatus.DRAFT || !invoice.kind().owed() || invoice.status() == InvoiceStatus.VOID) {
            throw new InvoiceStateConflict("invoice.resend.not-issued", "Only an issued invoice can be sent again; "
                    + invoice.describe() + " is " + invoice.status().label().toLowerCase());
        }
        Client client = clients.get(invoice.clientId(), ctx);
        links.revokeAll(ctx, id);
        IssuedLink link = links.issue(ctx, invoice, client, client.email(), invoice.dueDate());
        history.record(ctx, id, InvoiceEventType.SENT, Actor.freelancer(ctx), "New link sent to " + client.email()
                + "; earlier links revoked; expires " + link.link().expiresAt());
        mails.link(invoice, tenants.recent(ctx.tenant()), client, client.email(), link, true, ctx);
        return invoice;
    }
}
