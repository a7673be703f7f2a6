package com.becflow.invoicing.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.payments.PaymentGateway.Dispute;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every movement of money on an invoice, and only here: payments, refunds, chargebacks and their reversals,
 * credit notes, write-offs and voiding. Each takes the invoice locked ({@link #lock}), changes the invoice's
 * ledger, writes its ledger line and its history entry, in the caller's transaction. Whoever moves money (the
 * freelancer by hand, the payment provider, and later plans, fees and the accounting sync) calls this class.
 */
@ApplicationScoped
@Transactional
public class Ledger {

    private final Invoices invoices;
    private final ClientService clients;
    private final InvoiceIssuing issuing;
    private final InvoiceHistory history;
    private final Event<PaymentRecorded> paymentRecorded;
    private final Event<InvoiceUnpayable> unpayable;
    private final InvoicingAgenda agenda;
    private final PlannedPayments plans;
    private final Clock clock;

    @Inject
    ThankYouGrants thankYous;

    @Inject
    public Ledger(Invoices invoices, ClientService clients, InvoiceIssuing issuing, InvoiceHistory history,
                  Event<PaymentRecorded> paymentRecorded, Event<InvoiceUnpayable> unpayable, InvoicingAgenda agenda,
                  PlannedPayments plans, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.issuing = issuing;
        this.history = history;
        this.paymentRecorded = paymentRecorded;
        this.unpayable = unpayable;
        this.agenda = agenda;
        this.plans = plans;
        this.clock = clock;
    }

    protected Ledger() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Nothing is to be paid on the invoice any more; once that commits, its open checkout pages are closed. */
    public record InvoiceUnpayable(TenantContext ctx, InvoiceId invoice) {
    }

    private void noteIfUnpayable(LockedInvoice locked) {
        Invoice invoice = locked.invoice();
        if (!invoice.status().open() || !invoice.balance().isPositive()) {
            unpayable.fire(new InvoiceUnpayable(locked.ctx(), invoice.id()));
        }
    }

    /**
     * Under an accepted payment plan the invoice is due by its next unsettled installment, so money coming in or going
     * back, and a plan accepted or cancelled, can move the day it is due; overdue, reminders and late fees follow it.
     */
    public void followPlan(LockedInvoice locked) {
        Invoice invoice = locked.invoice();
        if (invoice.followPlan(plans.dueNow(invoice, locked.ctx()).orElse(null)) && invoice.status().open()) {
            agenda.dueDateMoved(locked.ctx(), invoice, clients.get(invoice.clientId(), locked.ctx()));
        }
    }

    /** The invoice, locked against every other writer until this transaction ends. */
    public LockedInvoice lock(InvoiceId id, TenantContext ctx) {
        return new LockedInvoice(invoices.lock(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id)), ctx);
    }

    /**
     * Money received (a payment made with one of {@link Payment}'s factories for this invoice). Money beyond the
     * balance, or for a void invoice, is kept and shown as money the freelancer must decide about.
     */
    public Payment receive(LockedInvoice locked, Payment payment) {
        Invoice invoice = locked.invoice();
        requireOwn(invoice, payment);
        invoice.receivePayment(payment.amount(), clock.instant());
        invoices.addPayment(locked.ctx().tenant(), payment);
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.PAYMENT, payment.actor(), payment.method().label()
                + " payment of " + payment.amount().rounded() + (payment.reference() == null ? "" : " (" + payment.reference()
                + ")") + "; balance " + invoice.balance().rounded());
        noteMoneyToDecide(locked, payment.actor());
        noteIfUnpayable(locked);
        followPlan(locked);
        paymentRecorded.fire(new PaymentRecorded(locked.ctx(), invoice, payment));
        return payment;
    }

    /**
     * Takes back a payment that was not made after all (deleted in the books it was taken from): the amount is owed
     * again, and an invoice open again is reminded of again.
     */
    public Payment reversePayment(LockedInvoice locked, Payment original, String reason, Actor actor) {
        Invoice invoice = locked.invoice();
        requireOwn(invoice, original);
        invoice.reversePayment(original.amount(), clock.instant());
        Payment reversal = Payment.reversalOf(original, today(locked.ctx()), reason, actor, clock.instant());
        invoices.addPayment(locked.ctx().tenant(), reversal);
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.PAYMENT_REVERSED, original.id().toString(), actor,
                original.method().label() + " payment of " + original.amount().rounded() + " received "
                        + original.receivedOn() + " reversed: " + reason + "; balance " + invoice.balance().rounded());
        if (invoice.status().open()) {
            agenda.reopened(locked.ctx(), invoice, clients.get(invoice.clientId(), locked.ctx()));
        }
        followPlan(locked);
        return reversal;
    }

    /** A payment of this invoice that money can be given back from. */
    public Payment refundable(LockedInvoice locked, PaymentId id) {
        Invoice invoice = locked.invoice();
        if (id == null) {
            throw InvalidInvoice.of("paymentId", "Which payment?");
        }
        return invoices.payment(locked.ctx().tenant(), id)
                .filter(p -> p.invoiceId().equals(invoice.id()) && p.kind() == PaymentKind.PAYMENT)
                .orElseThrow(() -> InvalidInvoice.of("paymentId", "No such payment on " + invoice.describe()));
    }

    /** What is left to give back of a payment after its earlier refunds. */
    public Money leftToRefund(LockedInvoice locked, Payment original) {
        Money left = original.amount();
        for (Payment p : invoices.payments(locked.ctx().tenant(), locked.invoice().id())) {
            if (p.kind() == PaymentKind.REFUND && p.refundedPaymentId().filter(original.id()::equals).isPresent()) {
                left = left.minus(p.amount());
            }
        }
        return left;
    }

    /**
     * The credit note that goes with a refund: the refunded work is taken off the invoice along with the money.
     * Built (and so checked) before any provider is asked to refund.
     */
    InvoiceContent refundCreditNote(Invoice invoice, Payment original, Money amount, String reason) {
        InvoiceContent content = new InvoiceContent(invoice.currency(), new InvoiceLines(List.of(new InvoiceLine(
                "Refund of " + original.method().label().toLowerCase() + " payment of " + original.amount().rounded()
                        + " received " + original.receivedOn(), BigDecimal.ONE, amount.amount(), null, null, null))),
                invoice.number().orElse(null), blankToNull(reason), 0, false, null);
        var problems = content.problems(InvoiceKind.CREDIT_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInvoice(problems);
        }
        return content.normalized();
    }

    /**
     * Records money given back from a payment (by hand, or by the provider: {@code providerRefund} is its id) and
     * issues the credit note that takes the refunded work off the invoice.
     */
    public Payment refund(LockedInvoice locked, Payment original, Money amount, String reason, String providerRefund,
                          Actor actor) {
        Invoice invoice = locked.invoice();
        Invoice creditNote = creditNoteDraft(locked, refundCreditNote(invoice, original, amount, reason));
        Instant now = clock.instant();
        Payment refund = Payment.refundOf(original, amount, today(locked.ctx()), blankToNull(reason), providerRefund,
                creditNote.id(), actor, now);
        invoice.refund(amount, now);
        invoices.addPayment(locked.ctx().tenant(), refund);
        issuing.issue(creditNote, clients.get(creditNote.clientId(), locked.ctx()), actor, locked.ctx());
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.REFUND, actor, "Refund of " + amount.rounded()
                + " from the " + original.method().label().toLowerCase() + " payment of " + original.receivedOn()
                + "; credit note " + creditNote.number().orElse("") + "; balance " + invoice.balance().rounded());
        followPlan(locked);
        return refund;
    }

    /** A credit note against the invoice, issued at once; its total comes off the open balance. */
    public Invoice credit(LockedInvoice locked, List<InvoiceLine> lines, String reason, Actor actor) {
        Invoice invoice = locked.invoice();
        InvoiceContent content = new InvoiceContent(invoice.currency(), new InvoiceLines(lines), invoice.number().orElse(null),
                blankToNull(reason), 0, false, null);
        var problems = content.problems(InvoiceKind.CREDIT_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInvoice(problems);
        }
        Invoice creditNote = creditNoteDraft(locked, content.normalized());
        invoice.credit(creditNote.total(), clock.instant());
        issuing.issue(creditNote, clients.get(creditNote.clientId(), locked.ctx()), actor, locked.ctx());
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.CREDITED, actor, "Credit note "
                + creditNote.number().orElse("") + " for " + creditNote.total().rounded() + "; balance "
                + invoice.balance().rounded());
        noteIfUnpayable(locked);
        followPlan(locked);
        return creditNote;
    }

    private Invoice creditNoteDraft(LockedInvoice locked, InvoiceContent content) {
        Invoice invoice = locked.invoice();
        Invoice creditNote = Invoice.draft(InvoiceId.newId(), InvoiceKind.CREDIT_NOTE, invoice.clientId(),
                invoice.contractId().orElse(null), invoice.id(), content, clock.instant());
        invoices.add(locked.ctx().tenant(), creditNote);
        return creditNote;
    }

    /** Gives back money received beyond what is owed, from {@code original}: no work is taken back, so no credit note. */
    public Payment returnExcess(LockedInvoice locked, Payment original, Money amount, String reason, String providerRefund,
                                Actor actor) {
        Invoice invoice = locked.invoice();
        invoice.returnExcess(amount, clock.instant());
        Payment refund = Payment.refundOf(original, amount, today(locked.ctx()), blankToNull(reason), providerRefund, null,
                actor, clock.instant());
        invoices.addPayment(locked.ctx().tenant(), refund);
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.MONEY_DECIDED, actor, amount.rounded()
                + " received beyond what is owed given back from the " + original.method().label().toLowerCase()
                + " payment of " + original.receivedOn() + "; balance " + invoice.balance().rounded());
        followPlan(locked);
        return refund;
    }

    /** Keeps all money received beyond what is owed as the client's credit, to pay their later invoices with. */
    public Payment keepExcessAsCredit(LockedInvoice locked, Actor actor) {
        Invoice invoice = locked.invoice();
        Money excess = invoice.excess();
        invoice.moveExcessToCredit(excess, clock.instant());
        Payment moved = Payment.movedToCredit(invoice.id(), excess, today(locked.ctx()), actor, clock.instant());
        invoices.addPayment(locked.ctx().tenant(), moved);
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.MONEY_DECIDED, actor, excess.rounded()
                + " received beyond what is owed kept as the client's credit; balance " + invoice.balance().rounded());
        return moved;
    }

    /** Pays the invoice from the client's credit; more than the credit holds is refused. */
    public Payment payFromCredit(LockedInvoice locked, Money amount, Actor actor) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        invoices.lockClientCredit(ctx.tenant(), invoice.clientId());
        Money credit = invoices.clientCredit(ctx.tenant(), invoice.clientId(), invoice.currency());
        if (amount.isMoreThan(credit)) {
            throw InvalidInvoice.of("amount", credit.isPositive() ? "The client's credit holds " + MoneyText.of(credit.rounded())
                    : "The client has no credit in " + invoice.currency().getCurrencyCode());
        }
        return receive(locked, Payment.paidFromCredit(invoice.id(), amount, today(ctx), actor, clock.instant()));
    }

    /**
     * Charges one period's late fee under the signed contract's clause. A period is charged once: its ledger line's key
     * names the invoice, the installment's day under a plan ({@code installmentDay}, null otherwise) and the period, is
     * looked for under the invoice's lock, and is unique in the database.
     */
    public Optional<Payment> chargeLateFee(LockedInvoice locked, LocalDate installmentDay, int period, Money fee,
                                           LocalDate clientToday, String clause, Actor actor) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        String key = Payment.lateFeeKey(invoice.id(), installmentDay, period);
        if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.LATE_FEE, key).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        invoice.chargeLateFee(fee, now);
        Payment line = Payment.lateFee(invoice.id(), key, period, fee, clientToday, clause, actor, now);
        invoices.addPayment(ctx.tenant(), line);
        history.record(ctx, invoice.id(), InvoiceEventType.LATE_FEE, key, actor, "Late fee of " + MoneyText.of(fee.rounded())
                + " for period " + period + " (from " + clientToday + "), under the " + clause + "; balance "
                + invoice.balance().rounded());
        return Optional.of(line);
    }

    /** Takes back a late fee in full; the waiver names who waived it and why, on the ledger and in the history. */
    public Payment waiveLateFee(LockedInvoice locked, Payment fee, String reason, Actor actor) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        requireOwn(invoice, fee);
        Instant now = clock.instant();
        invoice.waiveLateFee(fee.amount(), now);
        Payment waiver = Payment.waiverOf(fee, today(ctx), blankToNull(reason), actor, now);
        invoices.addPayment(ctx.tenant(), waiver);
        history.record(ctx, invoice.id(), InvoiceEventType.LATE_FEE_WAIVED, fee.id().toString(), actor, "Late fee of "
                + MoneyText.of(fee.amount().rounded()) + " charged " + fee.receivedOn() + " waived by " + actor.describe()
                + (waiver.reference() == null ? "" : ": " + waiver.reference()) + "; balance " + invoice.balance().rounded());
        noteMoneyToDecide(locked, actor);
        noteIfUnpayable(locked);
        return waiver;
    }

    /**
     * Takes the signed contract's early-payment discount off the invoice, with the payment of its discounted price (the
     * caller receives that payment next): the discount is its own ledger line, named in the history.
     */
    public Payment takeEarlyPaymentDiscount(LockedInvoice locked, EarlyPaymentDiscounts.Offer offer, Actor actor) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        Instant now = clock.instant();
        invoice.takeEarlyPaymentDiscount(offer.discount(), now);
        Payment line = Payment.earlyPaymentDiscount(invoice.id(), offer.discount(), today(ctx), offer.clause(), actor, now);
        invoices.addPayment(ctx.tenant(), line);
        history.record(ctx, invoice.id(), InvoiceEventType.EARLY_PAYMENT_DISCOUNT, actor, "Early-payment discount of "
                + MoneyText.of(offer.discount()) + " for paying " + MoneyText.of(offer.price()) + " by " + offer.lastDay()
                + ", under the " + offer.clause());
        followPlan(locked);
        return line;
    }

    /** Gives up on the rest of the balance; a later payment still counts. */
    public void writeOff(LockedInvoice locked, Actor actor) {
        Invoice invoice = locked.invoice();
        invoice.markUncollectible(clock.instant());
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.WRITTEN_OFF, actor, "Marked uncollectible; "
                + invoice.ledger().writtenOff().rounded() + " written off");
        noteIfUnpayable(locked);
    }

    /**
     * Cancels an issued invoice nobody has paid; it keeps its number and owes nothing, and a thank-you discount it
     * used waits for the next invoice again.
     */
    public void voidInvoice(LockedInvoice locked, Actor actor, String detail) {
        Invoice invoice = locked.invoice();
        invoice.voidInvoice(clock.instant());
        thankYous.giveBack(invoice, locked.ctx());
        history.record(locked.ctx(), invoice.id(), InvoiceEventType.VOIDED, actor, detail);
        noteIfUnpayable(locked);
    }

    /**
     * Brings the invoice's chargeback lines to what the provider says of a dispute: money withdrawn is a chargeback
     * (the balance is owed again), money reinstated reverses it. Each dispute adds at most one line of each kind,
     * keyed by the dispute's id, and one history entry per state it reaches.
     */
    public void dispute(LockedInvoice locked, Payment original, Dispute dispute, Actor provider) {
        Invoice invoice = locked.invoice();
        TenantContext ctx = locked.ctx();
        Instant now = clock.instant();
        LocalDate today = today(ctx);
        boolean changed = false;
        Optional<Payment> chargeback = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.CHARGEBACK, dispute.id());
        if (dispute.fundsWithdrawn() != null && dispute.fundsWithdrawn().isPositive() && chargeback.isEmpty()) {
            invoice.chargeBack(dispute.fundsWithdrawn(), now);
            invoices.addPayment(ctx.tenant(), Payment.chargebackOf(original, dispute.id(), dispute.fundsWithdrawn(), today,
                    "Dispute " + dispute.id() + ": " + dispute.reason(), provider, now));
            chargeback = Optional.of(original);
            changed = true;
            agenda.reopened(ctx, invoice, clients.get(invoice.clientId(), ctx));
        }
        if (dispute.fundsReinstated() != null && dispute.fundsReinstated().isPositive() && chargeback.isPresent()
                && invoices.paymentByExternalId(ctx.tenant(), PaymentKind.CHARGEBACK_REVERSAL, dispute.id()).isEmpty()) {
            invoice.reverseChargeBack(dispute.fundsReinstated(), now);
            invoices.addPayment(ctx.tenant(), Payment.chargebackReversalOf(original, dispute.id(), dispute.fundsReinstated(),
                    today, "Dispute " + dispute.id() + " won", provider, now));
            changed = true;
        }
        String detail = "Dispute " + dispute.id() + " " + dispute.state().name().toLowerCase() + " (" + dispute.reason()
                + ", " + dispute.amount().rounded() + "); balance " + invoice.balance().rounded();
        String reference = dispute.id() + ":" + dispute.state().name();
        if (changed) {
            followPlan(locked);
            history.record(ctx, invoice.id(), InvoiceEventType.DISPUTE, reference, provider, detail);
        } else {
            history.recordOnce(ctx, invoice.id(), InvoiceEventType.DISPUTE, reference, provider, detail);
        }
    }

    /** The client paid more than they owe, or paid a void invoice: the freelancer refunds it or keeps it as credit. */
    private void noteMoneyToDecide(LockedInvoice locked, Actor actor) {
        Invoice invoice = locked.invoice();
        if (invoice.balance().isNegative()) {
            history.record(locked.ctx(), invoice.id(), InvoiceEventType.MONEY_TO_DECIDE, actor,
                    invoice.balance().rounded().amount().negate() + " " + invoice.currency().getCurrencyCode()
                            + " more than is owed was received; refund it or keep it as the client's credit");
        }
    }

    private void requireOwn(Invoice invoice, Payment payment) {
        if (!payment.invoiceId().equals(invoice.id())) {
            throw new IllegalArgumentException("Payment " + payment.id() + " is for invoice " + payment.invoiceId());
        }
    }

    private LocalDate today(TenantContext ctx) {
        return ctx.today(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
