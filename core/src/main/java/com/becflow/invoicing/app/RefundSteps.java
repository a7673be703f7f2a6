package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Refund;
import com.becflow.invoicing.payments.PaymentGateway.RefundState;
import com.becflow.invoicing.payments.RefundPurpose;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of giving money back. A refund through the provider is checked in full and stored with its
 * idempotency key before the provider hears of it; the provider's answer is stored on its own before the refund
 * is recorded, so a local failure afterwards never loses what the provider did. No step calls the provider.
 */
@ApplicationScoped
@Transactional
public class RefundSteps {

    private final Invoices invoices;
    private final PaymentAttempts attempts;
    private final Ledger ledger;
    private final AttemptSteps attemptSteps;
    private final PaymentGateway gateway;
    private final Clock clock;

    @Inject
    InvoicingAgenda agenda;

    @Inject
    public RefundSteps(Invoices invoices, PaymentAttempts attempts, Ledger ledger, AttemptSteps attemptSteps,
                       PaymentGateway gateway, Clock clock) {
        this.invoices = invoices;
        this.attempts = attempts;
        this.ledger = ledger;
        this.attemptSteps = attemptSteps;
        this.gateway = gateway;
        this.clock = clock;
    }

    protected RefundSteps() {
        this(null, null, null, null, null, null);
    }

    /** What was reserved: a refund for the provider to make, or one of money received by hand, recorded at once. */
    public record Reservation(PaymentAttempt attempt, String paymentReference, Payment recorded) {
    }

    /**
     * Checks a refund in full (the payment, the amount left, for work the credit note that goes with it, for an
     * overpayment that there is one) and then either records it (money received by hand, given back by the
     * freelancer) or stores it to be asked of the provider.
     */
    public Reservation reserve(TenantContext ctx, InvoiceId id, RefundPayment command, RefundPurpose purpose,
                               boolean providerConnected) {
        LockedInvoice locked = ledger.lock(id, ctx);
        Payment original = ledger.refundable(locked, command.payment());
        Money amount = RefundAmount.of(locked, original, command, purpose, ledger);
        if (!original.method().online()) {
            Actor freelancer = Actor.freelancer(ctx);
            return new Reservation(null, null, purpose == RefundPurpose.EXCESS
                    ? ledger.returnExcess(locked, original, amount, command.reason(), null, freelancer)
                    : ledger.refund(locked, original, amount, command.reason(), null, freelancer));
        }
        if (!providerConnected) {
            throw new InvoiceStateConflict("payment.refund.not-connected", gateway.name()
                    + " is not connected; this payment cannot be refunded here");
        }
        if (original.externalId().isEmpty()) {
            throw new InvoiceStateConflict("invoice.refund.no-provider-payment",
                    "This payment has no record at the payment provider; refund it by hand");
        }
        if (purpose == RefundPurpose.WORK) {
            ledger.refundCreditNote(locked.invoice(), original, amount, command.reason());
        }
        Money underWay = Money.zero(locked.invoice().currency());
        for (PaymentAttempt a : attempts.unsettled(ctx.tenant(), id, PaymentAttemptKind.REFUND)) {
            if (a.paymentId().filter(original.id()::equals).isPresent()) {
                underWay = underWay.plus(a.amount());
            }
        }
        if (underWay.isPositive()) {
            throw new PaymentPending("payment.pending.refund", "A refund of " + underWay.rounded()
                    + " from this payment is still being processed");
        }
        PaymentAttempt attempt = PaymentAttempt.refund(id, original.id(), amount, command.reason(), purpose, clock.instant());
        attempts.add(ctx.tenant(), attempt);
        agenda.attemptStored(ctx, attempt);
        return new Reservation(attempt, original.externalId().get(), null);
    }

    /** The provider answered a refund request: its id is stored, and committed, before anything else is done with it. */
    public void answered(TenantContext ctx, UUID attemptId, Refund refund) {
        PaymentAttempt attempt = attemptSteps.locked(ctx, attemptId);
        if (attempt.providerId().isEmpty()) {
            attempt.answered(refund.id(), null, PaymentAttemptStatus.PROCESSING, clock.instant());
        }
    }

    /**
     * Records a refund the provider made (ours, or one made in its dashboard) once it succeeded, with its credit
     * note; ends our attempt when it failed. Returns the refund's ledger line once there is one.
     */
    public Optional<Payment> settle(TenantContext ctx, Refund refund) {
        Optional<Payment> original = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, refund.paymentReference());
        if (original.isEmpty()) {
            return Optional.empty();
        }
        LockedInvoice locked = ledger.lock(original.get().invoiceId(), ctx);
        Optional<PaymentAttempt> attempt = attempts.byProviderId(ctx.tenant(), refund.id())
                .or(() -> ours(ctx, refund.attemptReference()));
        attempt.ifPresent(a -> {
            attempts.refresh(ctx.tenant(), a);
            // The provider's answer was lost, yet its event names our attempt: the answer is known now.
            if (a.providerId().isEmpty()) {
                a.answered(refund.id(), null, PaymentAttemptStatus.PROCESSING, clock.instant());
            }
        });
        if (refund.state() == RefundState.FAILED || refund.state() == RefundState.CANCELED) {
            attempt.filter(a -> a.status().unsettled()).ifPresent(a -> a.settle(PaymentAttemptStatus.FAILED, clock.instant()));
            return Optional.empty();
        }
        if (refund.state() != RefundState.SUCCEEDED) {
            return Optional.empty();
        }
        Optional<Payment> recorded = invoices.paymentByExternalId(ctx.tenant(), PaymentKind.REFUND, refund.id());
        if (recorded.isEmpty()) {
            // A refund nobody asked for in Becflow was made in the provider's own dashboard; on an overpaid
            // invoice it gives back the overpayment first.
            Actor actor = Actor.provider(attempt.isPresent() ? gateway.name() : gateway.name() + " dashboard");
            boolean excess = attempt.map(a -> a.purpose() == RefundPurpose.EXCESS)
                    .orElse(!refund.amount().isMoreThan(locked.invoice().excess()));
            String reason = attempt.map(PaymentAttempt::reason).orElse(null);
            recorded = Optional.of(excess ? ledger.returnExcess(locked, original.get(), refund.amount(), reason, refund.id(), actor)
                    : ledger.refund(locked, original.get(), refund.amount(), reason, refund.id(), actor));
        }
        attempt.filter(a -> a.status().unsettled()).ifPresent(a -> a.settle(PaymentAttemptStatus.SUCCEEDED, clock.instant()));
        return recorded;
    }

    /** Our refund attempt with this reference (its id), if there is one. */
    private Optional<PaymentAttempt> ours(TenantContext ctx, String attemptReference) {
        if (attemptReference == null) {
            return Optional.empty();
        }
        try {
            return attempts.find(ctx.tenant(), UUID.fromString(attemptReference))
                    .filter(a -> a.kind() == PaymentAttemptKind.REFUND);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The provider's id of the payment a refund attempt gives money back from. */
    public String paymentReference(TenantContext ctx, PaymentAttempt refund) {
        return refund.paymentId().flatMap(p -> invoices.payment(ctx.tenant(), p)).flatMap(Payment::externalId).orElseThrow();
    }
}
