package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Dispute;
import com.becflow.invoicing.payments.PaymentGateway.Notification;
import com.becflow.invoicing.payments.PaymentGateway.Refund;
import com.becflow.invoicing.payments.PaymentGateway.RefundState;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Takes in the payment provider's notifications and applies them. A verified notification is stored under its
 * id and answered at once; a worker applies it right after, in a transaction that takes the stored row and marks
 * it applied, so each is applied once (the housekeeping job retries one whose worker failed). What a
 * notification is about is read fresh from the provider, so notifications may arrive late, twice or in any order
 * and the invoice still ends where the provider is.
 */
@ApplicationScoped
@Transactional
public class PaymentNotifications {

    public static final UserId PROVIDER = new UserId("system:payment-provider");

    /** What became of a delivery: stored to be applied, or a repeat of one stored before. */
    public enum Outcome { RECEIVED, DUPLICATE }

    /** What applying a notification did. */
    public enum Effect { APPLIED, IGNORED, NONE }

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final PaymentSteps steps;
    private final Invoices invoices;
    private final InvoiceService service;
    private final TenantRegistry tenants;
    private final jakarta.enterprise.event.Event<NotificationStored> stored;
    private final Clock clock;

    @Inject
    public PaymentNotifications(PaymentGateway gateway, PaymentAttempts attempts, PaymentSteps steps, Invoices invoices,
                                InvoiceService service, TenantRegistry tenants,
                                jakarta.enterprise.event.Event<NotificationStored> stored, Clock clock) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.invoices = invoices;
        this.service = service;
        this.tenants = tenants;
        this.stored = stored;
        this.clock = clock;
    }

    protected PaymentNotifications() {
        this(null, null, null, null, null, null, null, null);
    }

    /** A notification stored to be applied, once its transaction commits. */
    public record NotificationStored(String eventId) {
    }

    /**
     * Verifies a delivery's signature and freshness and stores it to be applied; forged or stale ones change
     * nothing, repeated ones are recognised.
     */
    public Outcome receive(String payload, String signature) {
        Notification n = gateway.verify(payload, signature);
        if (!attempts.store(n, clock.instant())) {
            return Outcome.DUPLICATE;
        }
        stored.fire(new NotificationStored(n.id()));
        return Outcome.RECEIVED;
    }

    /** Applies a stored notification unless it was applied already or is being applied right now. */
    public Effect applyStored(String eventId) {
        Optional<Notification> claimed = attempts.claimUnapplied(eventId);
        if (claimed.isEmpty()) {
            return Effect.NONE;
        }
        Effect effect = apply(claimed.get());
        attempts.markApplied(eventId, clock.instant());
        return effect;
    }

    /** Notes that applying failed; the housekeeping job tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyFailed(String eventId, RuntimeException e) {
        attempts.recordFailure(eventId, e.toString());
    }

    /** Ids of notifications stored a while ago and still not applied (a worker failed or the server stopped). */
    public java.util.List<String> unapplied(java.time.Duration olderThan, int limit) {
        return attempts.unappliedBefore(clock.instant().minus(olderThan), limit);
    }

    Effect apply(Notification n) {
        if (n.accountId() == null) {
            return Effect.IGNORED;
        }
        Optional<PaymentAccount> account = attempts.accountById(n.accountId());
        if (account.isEmpty()) {
            return Effect.IGNORED;
        }
        TenantContext ctx;
        try {
            ctx = tenants.enter(account.get().tenant(), PROVIDER);
        } catch (TenantNotServed e) {
            return Effect.IGNORED;
        }
        String type = n.type();
        if (type.equals("account.updated")) {
            account.get().update(gateway.account(n.accountId()), clock.instant());
        } else if (type.equals("checkout.session.async_payment_failed")) {
            steps.failCheckout(ctx, n.objectId());
        } else if (type.startsWith("checkout.session.")) {
            steps.settleCheckout(ctx, n.accountId(), n.objectId());
        } else if (type.startsWith("refund.") && "refund".equals(n.objectType())) {
            Refund refund = gateway.refundState(n.accountId(), n.objectId());
            paymentFor(ctx, n.accountId(), refund.paymentReference());
            settleRefund(ctx, refund);
        } else if (type.startsWith("charge.dispute.")) {
            Dispute dispute = gateway.dispute(n.accountId(), n.objectId());
            paymentFor(ctx, n.accountId(), dispute.paymentReference());
            applyDispute(ctx, dispute);
        } else {
            return Effect.IGNORED;
        }
        return Effect.APPLIED;
    }

    /**
     * The payment a refund or dispute is about. A notification about it can come before the one that says it was
     * paid; then the open checkouts are read from the provider, which settles the one it belongs to first.
     */
    Optional<Payment> paymentFor(TenantContext ctx, String accountId, String paymentReference) {
        if (paymentReference == null) {
            return Optional.empty();
        }
        Optional<Payment> known = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, paymentReference);
        if (known.isPresent()) {
            return known;
        }
        for (var attempt : attempts.unsettledBefore(ctx.tenant(), clock.instant().plusSeconds(60), 100)) {
            if (attempt.kind() == com.becflow.invoicing.payments.PaymentAttemptKind.CHECKOUT && attempt.providerId().isPresent()) {
                steps.settleCheckout(ctx, accountId, attempt.providerId().get());
            }
        }
        return invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, paymentReference);
    }

    /** Records a refund the provider made (ours or one made in its dashboard) once it succeeded. */
    public void settleRefund(TenantContext ctx, Refund refund) {
        Optional<Payment> original = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, refund.paymentReference());
        if (original.isEmpty()) {
            return;
        }
        Invoice invoice = service.lock(original.get().invoiceId(), ctx);
        var attempt = attempts.byProviderId(ctx.tenant(), refund.id());
        if (refund.state() == RefundState.FAILED || refund.state() == RefundState.CANCELED) {
            attempt.filter(a -> a.status().unsettled()).ifPresent(a ->
                    a.settle(com.becflow.invoicing.payments.PaymentAttemptStatus.FAILED, clock.instant()));
            return;
        }
        if (refund.state() != RefundState.SUCCEEDED) {
            return;
        }
        if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.REFUND, refund.id()).isEmpty()) {
            service.recordRefund(invoice, original.get(), refund.amount(), refund.id(),
                    attempt.map(com.becflow.invoicing.payments.PaymentAttempt::reason).orElse(null),
                    attempt.isPresent() ? "freelancer, through Stripe" : "Stripe (refunded in the Stripe dashboard)", ctx);
        }
        attempt.filter(a -> a.status().unsettled()).ifPresent(a ->
                a.settle(com.becflow.invoicing.payments.PaymentAttemptStatus.SUCCEEDED, clock.instant()));
    }

    /**
     * Brings the invoice's chargeback lines to what the provider says of a dispute: money withdrawn is a
     * chargeback (the balance is owed again), money reinstated reverses it. Each dispute adds at most one line
     * of each kind, keyed by the dispute's id.
     */
    public void applyDispute(TenantContext ctx, Dispute dispute) {
        Optional<Payment> original = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, dispute.paymentReference());
        if (original.isEmpty()) {
            return;
        }
        Invoice invoice = service.lock(original.get().invoiceId(), ctx);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ctx.zone()));
        boolean changed = false;
        if (dispute.fundsWithdrawn() != null && dispute.fundsWithdrawn().isPositive()
                && invoices.paymentByExternalId(ctx.tenant(), PaymentKind.CHARGEBACK, dispute.id()).isEmpty()) {
            Money amount = dispute.fundsWithdrawn();
            invoice.chargeBack(amount, now);
            invoices.addPayment(ctx.tenant(), new Payment(PaymentId.newId(), invoice.id(), PaymentKind.CHARGEBACK,
                    original.get().method(), amount, today, "Dispute " + dispute.id() + ": " + dispute.reason(), dispute.id(),
                    original.get().id(), null, "Stripe (dispute)", now));
            changed = true;
        }
        if (dispute.fundsReinstated() != null && dispute.fundsReinstated().isPositive()
                && invoices.paymentByExternalId(ctx.tenant(), PaymentKind.CHARGEBACK, dispute.id()).isPresent()
                && invoices.paymentByExternalId(ctx.tenant(), PaymentKind.CHARGEBACK_REVERSAL, dispute.id()).isEmpty()) {
            Money amount = dispute.fundsReinstated();
            invoice.reverseChargeBack(amount, now);
            invoices.addPayment(ctx.tenant(), new Payment(PaymentId.newId(), invoice.id(), PaymentKind.CHARGEBACK_REVERSAL,
                    original.get().method(), amount, today, "Dispute " + dispute.id() + " won", dispute.id(),
                    original.get().id(), null, "Stripe (dispute)", now));
            changed = true;
        }
        String state = "Dispute " + dispute.id() + " " + dispute.state().name().toLowerCase() + " (" + dispute.reason()
                + ", " + dispute.amount().rounded() + ")";
        boolean known = invoices.events(ctx.tenant(), invoice.id()).stream()
                .anyMatch(e -> e.type().equals("DISPUTE") && e.detail().startsWith(state));
        if (!known || changed) {
            service.log(ctx, invoice, "DISPUTE", "Stripe (dispute)", state + "; balance " + invoice.balance().rounded(), now);
        }
    }
}
