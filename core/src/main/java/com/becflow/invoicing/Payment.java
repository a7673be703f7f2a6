package com.becflow.invoicing;

import com.becflow.shared.money.Money;
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
 * One line of an invoice's ledger: a payment, a refund of one, a chargeback or its reversal. Written once
 * and never changed; a provider's id (charge, refund, dispute) is unique per kind, so a provider event
 * applied twice is refused by the database.
 */
@Entity
@Table(name = "invoice_payment")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
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

    @Column(length = 200)
    private String reference;

    @Column(name = "external_id", length = 255)
    private String externalId;

    @Column(name = "refunded_payment_id")
    private UUID refundedPaymentId;

    @Column(name = "credit_note_id")
    private UUID creditNoteId;

    @Column(nullable = false, length = 300)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    public Payment(PaymentId id, InvoiceId invoice, PaymentKind kind, PaymentMethod method, Money amount,
                   LocalDate receivedOn, String reference, String externalId, PaymentId refunded, InvoiceId creditNote,
                   String actor, Instant now) {
        this.id = id.value();
        this.invoiceId = invoice.value();
        this.kind = kind;
        this.method = method;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.receivedOn = receivedOn;
        this.reference = reference;
        this.externalId = externalId;
        this.refundedPaymentId = refunded == null ? null : refunded.value();
        this.creditNoteId = creditNote == null ? null : creditNote.value();
        this.actor = actor;
        this.recordedAt = now;
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
    public String actor() { return actor; }
    public Instant recordedAt() { return recordedAt; }
}
