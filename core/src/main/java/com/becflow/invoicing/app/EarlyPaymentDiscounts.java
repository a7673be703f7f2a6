package com.becflow.invoicing.app;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.EarlyPaymentTerms;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The early-payment discount an invoice's signed contract offers: on an invoice (not a deposit) in the contract's
 * currency, for paying all of it at once before anything else moved on its ledger, until the client's midnight that
 * ends the last day of the window ({@link EarlyPaymentTerms}). The pay page and the checkout use its price while it
 * lasts; a payment of exactly that price in time settles the invoice with the discount on the ledger.
 */
@ApplicationScoped
@Transactional
public class EarlyPaymentDiscounts {

    private final Contracts contracts;
    private final ClientService clients;

    @Inject
    public EarlyPaymentDiscounts(Contracts contracts, ClientService clients) {
        this.contracts = contracts;
        this.clients = clients;
    }

    protected EarlyPaymentDiscounts() {
        this(null, null);
    }

    /**
     * The discount on offer, whether or not its time has passed.
     *
     * @param lastDay the last day, on the client's calendar, a payment earns it
     * @param endsAt  the client's midnight after that day
     */
    public record Offer(Money discount, Money price, LocalDate lastDay, Instant endsAt, String clause) {

        public boolean availableAt(Instant moment) {
            return moment.isBefore(endsAt);
        }

        /** Whether {@code amount} is the discounted price, the one payment that earns the discount. */
        public boolean paidBy(Money amount) {
            return amount.isSameAs(price);
        }
    }

    /** The offer of the invoice's signed contract, if it has the clause and nothing moved on the ledger yet. */
    public Optional<Offer> offer(Invoice invoice, TenantContext ctx) {
        if (invoice.kind() != InvoiceKind.INVOICE || !invoice.status().open() || invoice.issueDate() == null
                || !untouched(invoice.ledger())) {
            return Optional.empty();
        }
        Optional<EarlyPaymentTerms> terms = invoice.contractId().flatMap(id -> contracts.find(ctx.tenant(), id))
                .filter(c -> c.status().signed() && c.fee().currency().equals(invoice.currency()))
                .map(Contract::terms).map(t -> t.earlyPaymentDiscount()).map(EarlyPaymentTerms::new);
        return terms.map(t -> {
            Money discount = t.discount(invoice.total());
            return new Offer(discount, t.price(invoice.total()), t.lastDay(invoice.issueDate()),
                    t.endsAt(invoice.issueDate(), clients.get(invoice.clientId(), ctx).zone()), t.describe());
        }).filter(o -> o.discount().isPositive());
    }

    /** The offer if it still holds at {@code moment}. */
    public Optional<Offer> offerAt(Invoice invoice, Instant moment, TenantContext ctx) {
        return offer(invoice, ctx).filter(o -> o.availableAt(moment));
    }

    private static boolean untouched(InvoiceLedger ledger) {
        return !ledger.paid().isPositive() && !ledger.credited().isPositive() && !ledger.lateFees().isPositive()
                && !ledger.earlyPaymentDiscount().isPositive() && !ledger.writtenOff().isPositive();
    }
}
