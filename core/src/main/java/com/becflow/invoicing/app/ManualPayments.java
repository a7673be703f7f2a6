package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Money the freelancer received outside Becflow (cash, transfer, cheque), or takes from the client's credit; and
 * what they decide about money received beyond what an invoice owes.
 */
@ApplicationScoped
@Transactional
public class ManualPayments {

    private final Ledger ledger;
    private final EarlyPaymentDiscounts discounts;
    private final Clock clock;

    @Inject
    public ManualPayments(Ledger ledger, EarlyPaymentDiscounts discounts, Clock clock) {
        this.ledger = ledger;
        this.discounts = discounts;
        this.clock = clock;
    }

    protected ManualPayments() {
        this(null, null, null);
    }

    /**
     * Records a payment received by hand. More than the balance is refused: that is a typo, not a payment. A payment of
     * the signed contract's early-payment price received within its window settles the invoice with the discount.
     */
    public Payment record(InvoiceId id, RecordPayment command, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        Invoice invoice = locked.invoice();
        Map<String, String> errors = new LinkedHashMap<>();
        PaymentMethod method = method(command.method(), errors);
        Money amount = TypedAmount.read(command.amount(), invoice.currency(), "amount", errors);
        if (amount != null && amount.isMoreThan(invoice.balance().rounded())) {
            errors.put("amount", "More than the open balance of " + invoice.balance().rounded());
        }
        LocalDate today = ctx.today(clock);
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        if (receivedOn.isAfter(today)) {
            errors.put("receivedOn", "That date has not come yet");
        } else if (invoice.issueDate() != null && receivedOn.isBefore(invoice.issueDate().minusYears(1))) {
            errors.put("receivedOn", "More than a year before the invoice was issued");
        }
        if (command.reference() != null && command.reference().length() > Payment.REFERENCE_LENGTH) {
            errors.put("reference", "At most " + Payment.REFERENCE_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        if (!invoice.status().open() && invoice.status() != InvoiceStatus.UNCOLLECTIBLE) {
            throw new InvoiceStateConflict("invoice.payment.closed", invoice.describe() + " is "
                    + invoice.status().label().toLowerCase() + "; it takes no payments");
        }
        if (method == PaymentMethod.CLIENT_CREDIT) {
            return ledger.payFromCredit(locked, amount, Actor.freelancer(ctx));
        }
        String reference = command.reference() == null || command.reference().isBlank() ? null : command.reference().strip();
        // Known only by its day: received by the end of that day, or now if that is today.
        Instant receivedBy = receivedOn.equals(today) ? clock.instant()
                : receivedOn.plusDays(1).atStartOfDay(ctx.zone()).toInstant();
        discounts.offerAt(invoice, receivedBy, ctx).filter(o -> o.paidBy(amount))
                .ifPresent(o -> ledger.takeEarlyPaymentDiscount(locked, o, Actor.freelancer(ctx)));
        return ledger.receive(locked, Payment.receivedByHand(invoice.id(), method, amount, receivedOn, reference,
                Actor.freelancer(ctx), clock.instant()));
    }

    /** Keeps what the client paid beyond what the invoice owes as their credit, instead of giving it back. */
    public Payment keepExcessAsCredit(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        if (!locked.invoice().excess().isPositive()) {
            throw new InvoiceStateConflict("invoice.excess.none", locked.invoice().describe() + " was not paid more than it owes");
        }
        return ledger.keepExcessAsCredit(locked, Actor.freelancer(ctx));
    }

    private static PaymentMethod method(String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put("method", "How was it paid?");
            return null;
        }
        try {
            PaymentMethod method = PaymentMethod.valueOf(typed.strip().toUpperCase(Locale.ROOT));
            if (method.online()) {
                errors.put("method", method.label() + " payments come through Stripe; record cash, transfers, cheques or other");
            } else if (method == PaymentMethod.CONTRACT_TERMS) {
                errors.put("method", "Fees and discounts of the contract are not payments; record cash, transfers, cheques or other");
            }
            return method;
        } catch (IllegalArgumentException e) {
            errors.put("method", "One of BANK_TRANSFER, CASH, CHECK, OTHER, CLIENT_CREDIT");
            return null;
        }
    }
}
