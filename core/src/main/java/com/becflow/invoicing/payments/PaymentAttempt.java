package com.becflow.invoicing.payments;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing asked of the payment provider for an invoice: a checkout or a refund. It is written (with its
 * idempotency key) and committed before the provider is called, and every retry reuses that key: whatever
 * happens to the answer, the provider makes the thing at most once.
 */
@Entity
@Table(name = "payment_attempt")
public class PaymentAttempt {

    @Id
    private UUID id;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentAttemptKind kind;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 100)
    private String idempotencyKey;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentAttemptStatus status;

    @Column(name = "provider_id", unique = true, length = 255)
    private String providerId;

    @Column(length = 2000)
    private String url;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private RefundPurpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PaymentAttempt() {
    }

    private PaymentAttempt(InvoiceId invoice, PaymentAttemptKind kind, Money amount, PaymentId payment, String reason,
                           Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoice.value();
        this.kind = kind;
        this.idempotencyKey = "becflow-" + kind.name().toLowerCase() + "-" + id;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.status = PaymentAttemptStatus.CREATING;
        this.paymentId = payment == null ? null : payment.value();
        this.reason = reason;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static PaymentAttempt checkout(InvoiceId invoice, Money amount, Instant now) {
        return new PaymentAttempt(invoice, PaymentAttemptKind.CHECKOUT, amount, null, null, now);
    }

    public static PaymentAttempt refund(InvoiceId invoice, PaymentId payment, Money amount, String reason,
                                        RefundPurpose purpose, Instant now) {
        PaymentAttempt attempt = new PaymentAttempt(invoice, PaymentAttemptKind.REFUND, amount, payment, reason, now);
        attempt.purpose = purpose;
        return attempt;
    }

    public void answered(String providerId, String url, PaymentAttemptStatus status, Instant now) {
        this.providerId = providerId;
        this.url = url;
        this.status = status;
        this.updatedAt = now;
    }

    public void unanswered(Instant now) {
        if (status == PaymentAttemptStatus.CREATING) {
            status = PaymentAttemptStatus.UNKNOWN;
        }
        updatedAt = now;
    }

    public void settle(PaymentAttemptStatus outcome, Instant now) {
        status = outcome;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public InvoiceId invoiceId() { return new InvoiceId(invoiceId); }
    public PaymentAttemptKind kind() { return kind; }
    public String idempotencyKey() { return idempotencyKey; }
    public Money amount() { return new Money(amount, Currency.getInstance(currency)); }
    public PaymentAttemptStatus status() { return status; }
    public Optional<String> providerId() { return Optional.ofNullable(providerId); }
    public Optional<String> url() { return Optional.ofNullable(url); }
    public Optional<PaymentId> paymentId() { return Optional.ofNullable(paymentId).map(PaymentId::new); }
    public String reason() { return reason; }
    public RefundPurpose purpose() { return purpose; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
