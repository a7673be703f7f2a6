package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Invoices;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The client's links to an invoice: made when it is issued or sent again, opened from the portal (which names the
 * tenant, the client and the invoice, and nothing else), revoked when it is voided.
 */
@ApplicationScoped
@Transactional
public class InvoiceLinks {

    private final PortalLinkService links;
    private final Invoices invoices;

    @Inject
    public InvoiceLinks(PortalLinkService links, Invoices invoices) {
        this.links = links;
        this.invoices = invoices;
    }

    protected InvoiceLinks() {
        this(null, null);
    }

    /** An opened link: the tenant it names, entered as the client, and the invoice. */
    public record Opened(PortalLink link, TenantContext ctx, Invoice invoice) {

        /** The client who opened it, known by the address the link went to. */
        public Actor client() {
            return Actor.client(link.sentTo());
        }
    }

    /** The invoice behind a usable link; anything else is one plain "not found". */
    public Opened open(String token) {
        return enter(links.open(token, PortalPurpose.INVOICE));
    }

    /** The invoice behind a link that expired (and was not revoked), for sending its owner a fresh one. */
    public Opened openExpired(String token) {
        return enter(links.expired(token, PortalPurpose.INVOICE));
    }

    private Opened enter(PortalLink link) {
        TenantContext ctx = links.enterAsClient(link);
        Invoice invoice = invoices.find(ctx.tenant(), new InvoiceId(link.subject()))
                .filter(i -> i.clientId().equals(link.client()))
                .orElseThrow(PortalLinkNotFound::unknown);
        return new Opened(link, ctx, invoice);
    }

    /**
     * A link for the client to see and pay the invoice, working at least the usual lifetime past {@code dueDate}
     * (midnight in the client's zone), or past the installment due now under a payment plan if that is later, so it
     * still opens while the invoice is overdue.
     */
    public IssuedLink issue(TenantContext ctx, Invoice invoice, Client client, String to, LocalDate dueDate) {
        LocalDate until = invoice.dueNow() != null && invoice.dueNow().isAfter(dueDate) ? invoice.dueNow() : dueDate;
        return links.issue(ctx.tenant(), client.id(), PortalPurpose.INVOICE, invoice.id().value(), to,
                until.atStartOfDay(client.zone()).toInstant());
    }

    /** Revokes every link to the invoice; returns how many worked until now. */
    public int revokeAll(TenantContext ctx, InvoiceId invoice) {
        return links.revokeAll(ctx.tenant(), PortalPurpose.INVOICE, invoice.value());
    }

    /** Whether a usable link went out so recently that a renewal should wait (no mail bombs). */
    public boolean sentRecently(TenantContext ctx, InvoiceId invoice) {
        return links.sentRecently(ctx.tenant(), PortalPurpose.INVOICE, invoice.value());
    }
}
