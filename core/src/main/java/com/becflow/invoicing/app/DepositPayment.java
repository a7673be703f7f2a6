package com.becflow.invoicing.app;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Invoices;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * "Pay the deposit now" on the page that confirms a signature: the deposit invoice the signing issued (and mailed),
 * paid on the spot. Everything starts from the contract's link, which names the tenant, the client and the
 * contract; the deposit is found through the contract, never named by the page.
 */
@ApplicationScoped
@Transactional
public class DepositPayment {

    private final PortalLinkService links;
    private final Contracts contracts;
    private final Invoices invoices;
    private final InvoiceLinks invoiceLinks;
    private final ClientService clients;
    private final OnlinePayments payments;
    private final Clock clock;

    @Inject
    public DepositPayment(PortalLinkService links, Contracts contracts, Invoices invoices, InvoiceLinks invoiceLinks,
                          ClientService clients, OnlinePayments payments, Clock clock) {
        this.links = links;
        this.contracts = contracts;
        this.invoices = invoices;
        this.invoiceLinks = invoiceLinks;
        this.clients = clients;
        this.payments = payments;
        this.clock = clock;
    }

    protected DepositPayment() {
        this(null, null, null, null, null, null, null);
    }

    /** A deposit the client can pay online now: what is still owed on it, and its invoice number. */
    public record DepositDue(Money balance, String invoiceNumber) {
    }

    private record Found(PortalLink link, TenantContext ctx, Invoice deposit) {
    }

    /**
     * The deposit of the signed contract behind a contract link, if it is still owed and its freelancer takes
     * online payments; empty for a contract not signed, without a deposit, or a deposit paid, void or closed.
     */
    public Optional<DepositDue> due(String contractToken) {
        return find(contractToken).map(f -> new DepositDue(f.deposit().balance().rounded(),
                f.deposit().number().orElse("")));
    }

    /**
     * A link of the client's own to the deposit invoice, to open its checkout with ({@link OnlinePayments#checkout})
     * and to come back to from there: made for the address the contract's link went to, like the mailed one.
     *
     * @throws PortalLinkNotFound for a link that opens nothing, and when there is no deposit to pay online (any
     *                            more): the page then says so, as for a link that stopped working
     */
    public String invoiceLink(String contractToken) {
        Found found = find(contractToken).orElseThrow(PortalLinkNotFound::unknown);
        return invoiceLinks.issue(found.ctx(), found.deposit(), clients.get(found.deposit().clientId(), found.ctx()),
                found.link().sentTo(), found.deposit().dueDate()).token();
    }

    private Optional<Found> find(String contractToken) {
        PortalLink link = links.open(contractToken, PortalPurpose.CONTRACT);
        TenantContext ctx = links.enterAsClient(link);
        Contract contract = contracts.find(ctx.tenant(), new ContractId(link.subject()))
                .filter(c -> c.clientId().equals(link.client()))
                .orElseThrow(PortalLinkNotFound::unknown);
        if (!contract.statusAt(clock.instant()).signed() || !payments.available(ctx)) {
            return Optional.empty();
        }
        return invoices.depositsFor(ctx.tenant(), contract.id()).stream()
                .filter(i -> i.clientId().equals(link.client()) && i.status().open() && i.balance().isPositive())
                .findFirst()
                .map(deposit -> new Found(link, ctx, deposit));
    }
}
