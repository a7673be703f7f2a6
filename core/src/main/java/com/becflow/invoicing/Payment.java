package com.becflow.invoicing;

import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of an invoice's ledger: a payment, a refund of one, a chargeback or its reversal, money moved to the
 * client's credit, a late fee or its waiver, an early-payment discount. Written once
 * and never changed; a provider's id (charge, refund, dispute) is unique per kind, so a provider event
 * applied twice is refused by the database.
 */
@Entity
@Table(name = "invoice_payment")
public class Payment {

    public static final int REFERENCE_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PaymentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentMethod method;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "external_id", length = 255)
    private String externalId;

    @Column(name = "refunded_payment_id")
    private UUID refundedPaymentId;

    @Column(name = "credit_note_id")
    private UUID creditNoteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 10)
    private Actor.Kind actorKind;

    @Column(nullable = false, length = 300)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    private Payment(InvoiceId invoice, PaymentKind kind, PaymentMethod method, Money amount, LocalDate receivedOn,
                    String reference, String externalId, PaymentId refunded, Actor actor, Instant now) {
        this.id = PaymentId.newId().value();
        this.invoiceId = invoice.value();
        this.kind = kind;
        this.method = method;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.receivedOn = receivedOn;
        this.reference = reference == null || reference.length() <= REFERENCE_LENGTH ? reference
                : reference.substring(0, REFERENCE_LENGTH - 1) + "…";
        this.externalId = externalId;
        this.refundedPaymentId = refunded == null ? null : refunded.value();
        this.actorKind = actor.kind();
        this.actor = actor.who();
        this.recordedAt = now;
    }

    /** Money the freelancer received outside Becflow (cash, transfer, cheque) and recorded by hand. */
    public static Payment receivedByHand(InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn,
                                         String reference, Actor actor, Instant now) {
        if (method.online() || method == PaymentMethod.CLIENT_CREDIT || method == PaymentMethod.CONTRACT_TERMS) {
            throw new IllegalArgumentException(method + " is not money received by hand");
        }
        return new Payment(invoice, PaymentKind.PAYMENT, method, amount, receivedOn, reference, null, null, actor, now);
    }

    /** Money the payment provider took for the invoice; {@code providerPayment} is its id there (unique). */
    public static Payment receivedOnline(InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn,
                                         String providerPayment, Actor provider, Instant now) {
        if (!method.online()) {
            throw new IllegalArgumentException(method + " is not an online method");
        }
        return new Payment(invoice, PaymentKind.PAYMENT, method, amount, receivedOn, provider.who() + " " + providerPayment,
                providerPayment, null, provider, now);
    }

    /**
     * Money given back from {@code original}; {@code providerRefund} is the provider's id of the refund (null for
     * one given back by hand), {@code creditNote} the credit note issued with it, if any.
     */
    public static Payment refundOf(Payment original, Money amount, LocalDate on, String reason, String providerRefund,
                                   InvoiceId creditNote, Actor actor, Instant now) {
        Payment refund = new Payment(original.invoiceId(), PaymentKind.REFUND, original.method, amount, on, reason,
                providerRefund, original.id(), actor, now);
        refund.creditNoteId = creditNote == null ? null : creditNote.value();
        return refund;
    }

    /** Money received beyond what the invoice owes, kept as the client's credit instead of being given back. */
    public static Payment movedToCredit(InvoiceId invoice, Money amount, LocalDate on, Actor actor, Instant now) {
        return new Payment(invoice, PaymentKind.MOVED_TO_CREDIT, PaymentMethod.CLIENT_CREDIT, amount, on,
                "Kept as the client's credit", null, null, actor, now);
    }

    /** The invoice paid from the client's credit (money kept from an earlier overpayment). */
    public static Payment paidFromCredit(InvoiceId invoice, Money amount, LocalDate on, Actor actor, Instant now) {
        return new Payment(invoice, PaymentKind.PAYMENT, PaymentMethod.CLIENT_CREDIT, amount, on,
                "Paid from the client's credit", null, null, actor, now);
    }

    /** Money the client's bank took back from {@code original} in a dispute (unique per dispute). */
    public static Payment chargebackOf(Payment original, String dispute, Money amount, LocalDate on, String note,
                                       Actor provider, Instant now) {
        return new Payment(original.invoiceId(), PaymentKind.CHARGEBACK, original.method, amount, on, note, dispute,
                original.id(), provider, now);
    }

    /** Money a won dispute returned to the freelancer (unique per dispute). */
    public static Payment chargebackReversalOf(Payment original, String dispute, Money amount, LocalDate on, String note,
                                               Actor provider, Instant now) {
        return new Payment(original.invoiceId(), PaymentKind.CHARGEBACK_REVERSAL, original.method, amount, on, note,
                dispute, original.id(), provider, now);
    }

    /**
     * A late fee for one period, charged by the signed contract's clause; {@code key} ({@link #lateFeeKey}) is unique, so
     * a period is never charged twice however often the fees are looked at.
     */
    public static Payment lateFee(InvoiceId invoice, String key, int period, Money fee, LocalDate on, String clause,
                                  Actor actor, Instant now) {
        return new Payment(invoice, PaymentKind.LATE_FEE, PaymentMethod.CONTRACT_TERMS, fee, on,
                "Late fee, period " + period + " (" + clause + ")", key, null, actor, now);
    }

    /**
     * The key that makes a period's late fee unique: the invoice and the period, counted from 1. Under a payment plan
     * the periods count from the installment the client fell behind on ({@code installmentDue}, else null), so falling
     * behind on a later installment is charged again from its own first period.
     */
    public static String lateFeeKey(InvoiceId invoice, LocalDate installmentDue, int period) {
        return "late-fee:" + invoice.value() + ":" + (installmentDue == null ? "" : installmentDue + ":") + period;
    }

    /** Takes back {@code fee} in full; unique per fee, so a fee is waived once. */
    public static Payment waiverOf(Payment fee, LocalDate on, String reason, Actor actor, Instant now) {
        if (fee.kind != PaymentKind.LATE_FEE) {
            throw new IllegalArgumentException("Only a late fee is waived");
        }
        return new Payment(fee.invoiceId(), PaymentKind.LATE_FEE_WAIVER, PaymentMethod.CONTRACT_TERMS, fee.amount(), on,
                reason, "waiver:" + fee.id, fee.id(), actor, now);
    }

    /** What the client did not pay for paying early, taken off with the payment that settled the invoice. */
    public static Payment earlyPaymentDiscount(InvoiceId invoice, Money discount, LocalDate on, String clause,
                                               Actor actor, Instant now) {
        return new Payment(invoice, PaymentKind.EARLY_PAYMENT_DISCOUNT, PaymentMethod.CONTRACT_TERMS, discount, on,
                clause, null, null, actor, now);
    }

    /** Takes back {@code original} in full; unique per payment, so a payment is reversed once. */
    public static Payment reversalOf(Payment original, LocalDate on, String reason, Actor actor, Instant now) {
        if (original.kind != PaymentKind.PAYMENT) {
            throw new IllegalArgumentException("Only a payment is reversed");
        }
        return new Payment(original.invoiceId(), PaymentKind.PAYMENT_REVERSAL, original.method, original.amount(), on,
                reason, reversalKey(original.id()), original.id(), actor, now);
    }

    /** The external id of a payment's reversal. */
    public static String reversalKey(PaymentId original) {
        return "reversal:" + original.value();
    }

    public PaymentId id() { return new PaymentId(id); }
    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public PaymentKind kind() { return kind; }
    public PaymentMethod method() { return method; }
    public Money amount() { return new Money(amount, Currency.getInstance(currency)); }
    public LocalDate receivedOn() { return receivedOn; }
    public String reference() { return reference; }
    public Optional<String> externalId() { return Optional.ofNullable(externalId); }
    public Optional<PaymentId> refundedPaymentId() { return Optional.ofNullable(refundedPaymentId).map(PaymentId::new); }
    public Optional<InvoiceId> creditNoteId() { return Optional.ofNullable(creditNoteId).map(InvoiceId::new); }
    public Actor actor() { return new Actor(actorKind, actor); }
    public Instant recordedAt() { return recordedAt; }
}
