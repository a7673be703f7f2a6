package com.becflow.invoicing.app;

import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Settles what the provider was asked and never answered, and what its notifications never reported: each
 * unsettled attempt is read back from the provider (or, while the provider still knows its idempotency key, asked
 * again with it) until it is settled. An attempt nobody can have paid (no checkout was made for it) is closed after
 * a while, which lets the client pay again; a checkout still open on an invoice that is no longer payable is closed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PaymentReconciliation {

    /** Younger attempts are left to the client's click and the provider's notifications. */
    public static final Duration SETTLE_AFTER = Duration.ofMinutes(1);
    /** A checkout attempt the provider has no record of after this long was never made, so it cannot be paid. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    /**
     * The provider keeps idempotency keys for 24 hours; a refund asked with a key it has forgotten would be made
     * again, so past this age an unanswered refund is only ever looked for, never asked again.
     */
    static final Duration ASK_AGAIN_UNTIL = Duration.ofHours(23);
    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final CheckoutSteps checkouts;
    private final RefundSteps refunds;
    private final AttemptSteps attemptSteps;
    private final OnlinePayments online;
    private final Clock clock;

    @Inject
    public PaymentReconciliation(PaymentGateway gateway, PaymentAttempts attempts, CheckoutSteps checkouts,
                                 RefundSteps refunds, AttemptSteps attemptSteps, OnlinePayments online, Clock clock) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.checkouts = checkouts;
        this.refunds = refunds;
        this.attemptSteps = attemptSteps;
        this.online = online;
        this.clock = clock;
    }

    protected PaymentReconciliation() {
        this(null, null, null, null, null, null, null);
    }

    /** Settles what can be settled now; returns how many attempts were looked at. */
    public int reconcile(TenantContext ctx) {
        if (!gateway.configured()) {
            return 0;
        }
        Optional<PaymentAccount> account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null);
        if (account.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<PaymentAttempt> due = attempts.unsettledBefore(ctx.tenant(), now.minus(SETTLE_AFTER), 100);
        for (PaymentAttempt attempt : due) {
            try {
                settle(ctx, account.get().accountId(), attempt, now);
            } catch (PaymentOutcomeUnknown e) {
                LOG.info(() -> gateway.name() + " still not answering for attempt " + attempt.id() + "; next round");
            } catch (PaymentRefused e) {
                LOG.warning(() -> gateway.name() + " refused to tell about attempt " + attempt.id() + ": " + e.getMessage());
            }
        }
        return due.size();
    }

    private void settle(TenantContext ctx, String accountId, PaymentAttempt attempt, Instant now) {
        if (attempt.kind() == PaymentAttemptKind.CHECKOUT) {
            settleCheckout(ctx, accountId, attempt, now);
        } else {
            settleRefund(ctx, accountId, attempt, now);
        }
    }

    private void settleCheckout(TenantContext ctx, String accountId, PaymentAttempt attempt, Instant now) {
        Optional<String> checkoutId = attempt.providerId();
        if (checkoutId.isEmpty()) {
            Optional<PaymentGateway.Checkout> found = gateway.findCheckout(accountId, attempt.id().toString(),
                    attempt.createdAt().minus(Duration.ofMinutes(5)));
            if (found.isPresent()) {
                checkouts.answered(ctx, attempt.id(), found.get());
                checkoutId = Optional.of(found.get().id());
            } else if (attempt.createdAt().isBefore(now.minus(GIVE_UP_AFTER))) {
                attemptSteps.abandon(ctx, attempt.id());
                return;
            } else {
                return;
            }
        }
        PaymentAttempt settled = checkouts.settle(ctx, gateway.checkout(accountId, checkoutId.get())).orElse(attempt);
        if (settled.status() == PaymentAttemptStatus.OPEN) {
            online.closeUnpayable(ctx, attempt.invoiceId());
        }
    }

    private void settleRefund(TenantContext ctx, String accountId, PaymentAttempt attempt, Instant now) {
        if (attempt.providerId().isPresent()) {
            refunds.settle(ctx, gateway.refundState(accountId, attempt.providerId().get()));
            return;
        }
        String paymentReference = refunds.paymentReference(ctx, attempt);
        Optional<PaymentGateway.Refund> made = gateway.findRefund(accountId, paymentReference, attempt.id().toString());
        if (made.isEmpty() && attempt.createdAt().isAfter(now.minus(ASK_AGAIN_UNTIL))) {
            try {
                made = Optional.of(gateway.refund(accountId, paymentReference, attempt.amount(), attempt.idempotencyKey(),
                        attempt.id().toString()));
            } catch (PaymentRefused e) {
                attemptSteps.refused(ctx, attempt.id());
                return;
            }
        }
        if (made.isEmpty()) {
            attemptSteps.abandon(ctx, attempt.id());
            return;
        }
        refunds.answered(ctx, attempt.id(), made.get());
        refunds.settle(ctx, made.get());
    }
}
