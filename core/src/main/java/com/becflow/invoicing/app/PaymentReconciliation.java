package com.becflow.invoicing.app;

import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
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
 * unsettled attempt is read back from the provider (or asked again with its own idempotency key) until it
 * is settled. An attempt nobody can have paid (no checkout was made for it) is closed after a while, which
 * lets the client pay again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PaymentReconciliation {

    /** Younger attempts are left to the client's click and the provider's notifications. */
    public static final Duration SETTLE_AFTER = Duration.ofMinutes(1);
    /** A checkout attempt the provider has no record of after this long was never made, so it cannot be paid. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final PaymentSteps steps;
    private final Clock clock;

    @Inject
    public PaymentReconciliation(PaymentGateway gateway, PaymentAttempts attempts, PaymentSteps steps, Clock clock) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.clock = clock;
    }

    protected PaymentReconciliation() {
        this(null, null, null, null);
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
        List<PaymentAttempt> due = steps.unsettled(ctx, now.minus(SETTLE_AFTER), 100);
        for (PaymentAttempt attempt : due) {
            try {
                settle(ctx, account.get().accountId(), attempt, now);
            } catch (PaymentOutcomeUnknown e) {
                LOG.info(() -> "Payment provider still not answering for attempt " + attempt.id() + "; next round");
            } catch (PaymentRefused e) {
                LOG.warning(() -> "Payment provider refused to tell about attempt " + attempt.id() + ": " + e.getMessage());
            }
        }
        return due.size();
    }

    private void settle(TenantContext ctx, String accountId, PaymentAttempt attempt, Instant now) {
        if (attempt.kind() == PaymentAttemptKind.CHECKOUT) {
            Optional<String> checkoutId = attempt.providerId();
            if (checkoutId.isEmpty()) {
                Optional<PaymentGateway.Checkout> found = gateway.findCheckout(accountId, attempt.id().toString(),
                        attempt.createdAt().minus(Duration.ofMinutes(5)));
                if (found.isPresent()) {
                    steps.answered(ctx, attempt.id(), found.get());
                    checkoutId = Optional.of(found.get().id());
                } else if (attempt.createdAt().isBefore(now.minus(GIVE_UP_AFTER))) {
                    steps.abandon(ctx, attempt.id());
                    return;
                } else {
                    return;
                }
            }
            steps.settleCheckout(ctx, accountId, checkoutId.get());
        } else if (attempt.providerId().isPresent()) {
            steps.refundAnswered(ctx, attempt.id(), gateway.refundState(accountId, attempt.providerId().get()));
        } else {
            try {
                steps.refundAnswered(ctx, attempt.id(), gateway.refund(accountId, steps.paymentReference(ctx, attempt),
                        attempt.amount(), attempt.idempotencyKey()));
            } catch (PaymentRefused e) {
                steps.refused(ctx, attempt.id());
            }
        }
    }

}
