package com.becflow.invoicing.app;

import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * What became of a request to the payment provider when there was no answer to act on: none came, the provider
 * said no, or it never made anything. Each step locks the attempt's invoice first and commits on return.
 */
@ApplicationScoped
@Transactional
public class AttemptSteps {

    private final PaymentAttempts attempts;
    private final Ledger ledger;
    private final Clock clock;

    @Inject
    public AttemptSteps(PaymentAttempts attempts, Ledger ledger, Clock clock) {
        this.attempts = attempts;
        this.ledger = ledger;
        this.clock = clock;
    }

    protected AttemptSteps() {
        this(null, null, null);
    }

    /** The attempt, read after its invoice is locked, so no other step changes it under us. */
    PaymentAttempt locked(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = attempts.find(ctx.tenant(), attemptId).orElseThrow();
        ledger.lock(attempt.invoiceId(), ctx);
        attempts.refresh(ctx.tenant(), attempt);
        return attempt;
    }

    /** The provider did not answer: the attempt may exist there, and only a retry with its key can tell. */
    public void unanswered(TenantContext ctx, UUID attemptId) {
        locked(ctx, attemptId).unanswered(clock.instant());
    }

    /** The provider said no: nothing was made, so the attempt ends. */
    public void refused(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = locked(ctx, attemptId);
        if (attempt.providerId().isEmpty()) {
            attempt.settle(PaymentAttemptStatus.FAILED, clock.instant());
        }
    }

    /** Nothing was ever made for this attempt: nobody can pay it, so it stops blocking the invoice. */
    public void abandon(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = locked(ctx, attemptId);
        if (attempt.providerId().isEmpty() && attempt.status().unsettled()) {
            attempt.settle(attempt.kind() == PaymentAttemptKind.REFUND ? PaymentAttemptStatus.FAILED
                    : PaymentAttemptStatus.EXPIRED, clock.instant());
        }
    }
}
