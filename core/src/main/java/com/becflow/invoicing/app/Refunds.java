package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.invoicing.payments.RefundPurpose;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Giving money back from a payment, with the credit note that goes with it. Whether that happens by hand or
 * through the provider, and whether it is done or still being processed there, is decided here and returned as
 * the outcome; callers only show it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final RefundSteps steps;
    private final AttemptSteps attemptSteps;

    @Inject
    public Refunds(PaymentGateway gateway, PaymentAttempts attempts, RefundSteps steps, AttemptSteps attemptSteps) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.attemptSteps = attemptSteps;
    }

    protected Refunds() {
        this(null, null, null, null);
    }

    /**
     * What became of a refund: {@code refund} is its ledger line once it is done (null while the provider is still
     * processing it); {@code online} says whether it went through the provider.
     */
    public record Outcome(Payment refund, boolean online) {

        public boolean done() {
            return refund != null;
        }
    }

    /** Gives money back from a payment with a credit note that takes the same amount of work off the invoice. */
    public Outcome refund(InvoiceId invoice, RefundPayment command, TenantContext ctx) {
        return giveBack(invoice, command, RefundPurpose.WORK, ctx);
    }

    /** Gives back money received beyond what the invoice owes (or for a void invoice), from one of its payments. */
    public Outcome returnExcess(InvoiceId invoice, RefundPayment command, TenantContext ctx) {
        return giveBack(invoice, command, RefundPurpose.EXCESS, ctx);
    }

    private Outcome giveBack(InvoiceId invoice, RefundPayment command, RefundPurpose purpose, TenantContext ctx) {
        ctx.requireWritable();
        PaymentAccount account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null)
                .filter(a -> gateway.configured()).orElse(null);
        RefundSteps.Reservation reservation = steps.reserve(ctx, invoice, command, purpose, account != null);
        if (reservation.recorded() != null) {
            return new Outcome(reservation.recorded(), false);
        }
        PaymentAttempt attempt = reservation.attempt();
        PaymentGateway.Refund refund;
        try {
            refund = gateway.refund(account.accountId(), reservation.paymentReference(), attempt.amount(),
                    attempt.idempotencyKey(), attempt.id().toString());
        } catch (PaymentOutcomeUnknown e) {
            attemptSteps.unanswered(ctx, attempt.id());
            return new Outcome(null, true);
        } catch (PaymentRefused e) {
            attemptSteps.refused(ctx, attempt.id());
            throw new InvoiceStateConflict("payment.refund.refused", gateway.name() + " refused the refund: " + e.getMessage());
        }
        steps.answered(ctx, attempt.id(), refund);
        try {
            return new Outcome(steps.settle(ctx, refund).orElse(null), true);
        } catch (RuntimeException e) {
            // The provider's answer is stored: the reconciliation job records the refund from it, never asks again.
            LOG.log(Level.WARNING, "Refund " + refund.id() + " made but not recorded yet; the reconciliation job will", e);
            return new Outcome(null, true);
        }
    }
}
