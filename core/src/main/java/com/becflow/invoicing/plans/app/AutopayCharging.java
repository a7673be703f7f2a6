package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.payments.SavedMethodGateway.Charge;
import com.becflow.invoicing.payments.SavedMethodGateway.ChargeOutcome;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Charges an invoice's autopay, as its job does: what is due is stored ({@link AutopaySteps#prepare}), then the saved
 * method is charged (outside any transaction) with the charge's key, then the answer is stored. A lost answer leaves the
 * charge to be asked again with the same key, which the provider answers with the first result: run again after a
 * crash or a restart, the job never charges twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AutopayCharging {

    /** Installments charged in one run at most: enough to catch up on a plan whose dates passed while it was off. */
    static final int MOST_PER_RUN = 24;
    /**
     * Stripe keeps idempotency keys for 24 hours: asked again later, a charge would be made anew, so past this age a
     * charge without an answer is only ever looked for ({@link SavedMethodGateway#findCharge}).
     */
    static final Duration ASK_AGAIN_UNTIL = Duration.ofHours(23);
    private static final Logger LOG = Logger.getLogger(AutopayCharging.class.getName());

    private final SavedMethodGateway saved;
    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final AutopaySteps steps;
    private final Clock clock;

    @Inject
    public AutopayCharging(SavedMethodGateway saved, PaymentGateway gateway, PaymentAttempts attempts, AutopaySteps steps,
                           Clock clock) {
        this.saved = saved;
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.clock = clock;
    }

    protected AutopayCharging() {
        this(null, null, null, null, null);
    }

    /** Charges what the invoice's autopay has due now; returns how many charges the provider answered. */
    public int charge(TenantContext ctx, InvoiceId invoice) {
        Optional<String> account = attempts.account(ctx.tenant()).filter(PaymentAccount::ready)
                .filter(a -> gateway.configured()).map(PaymentAccount::accountId);
        if (account.isEmpty()) {
            return 0;
        }
        int answered = 0;
        for (int i = 0; i < MOST_PER_RUN; i++) {
            Optional<AutopaySteps.ToCharge> next = steps.prepare(ctx, invoice);
            if (next.isEmpty()) {
                break;
            }
            AutopayCharge charge = next.get().charge();
            Charge answer;
            try {
                if (charge.status() == AutopayChargeStatus.PROCESSING) {
                    // Asked again, the provider would repeat its first answer; only a look-up tells what the bank said.
                    answer = saved.findCharge(account.get(), charge.customer(), charge.id().toString()).orElse(new Charge(
                            ChargeOutcome.PROCESSING, charge.amount(), charge.paymentReference(), null, null));
                } else {
                    answer = next.get().again() && charge.askedAt().isBefore(clock.instant().minus(ASK_AGAIN_UNTIL))
                            ? saved.findCharge(account.get(), charge.customer(), charge.id().toString()).orElse(new Charge(
                            ChargeOutcome.DECLINED, charge.amount(), null, null,
                            "The charge never reached the payment provider"))
                            : ask(ctx, account.get(), next.get());
                }
            } catch (PaymentOutcomeUnknown e) {
                LOG.info(() -> gateway.name() + " did not answer autopay charge " + charge.idempotencyKey()
                        + "; it is asked again with its key next time");
                break;
            } catch (PaymentRefused e) {
                if (next.get().again()) {
                    // The first request may have charged: only its own answer may settle it, never a refusal of the retry.
                    LOG.warning(() -> gateway.name() + " refused to answer autopay charge " + charge.idempotencyKey()
                            + " again (" + e.getMessage() + "); it stays unanswered for an operator to look at");
                    break;
                }
                answer = new Charge(ChargeOutcome.DECLINED, charge.amount(), null, null, e.getMessage());
            }
            steps.answered(ctx, charge, answer, gateway.name());
            answered++;
            if (answer.outcome() != ChargeOutcome.SUCCEEDED) {
                break;
            }
        }
        return answered;
    }

    /**
     * Asks the provider for a stored charge; asked again, it is the very same request (amount, the charge's own method,
     * not the card saved since, description and reference), which the provider answers as it answered the first.
     */
    public Charge ask(TenantContext ctx, String account, AutopaySteps.ToCharge next) {
        AutopayCharge charge = next.charge();
        return saved.charge(account, new SavedMethodGateway.ChargeRequest(charge.amount(),
                new SavedMethodGateway.SavedMethod(charge.customer(), charge.method(), next.card().label()),
                next.description(), Map.of("becflow_tenant", ctx.tenant().toString(), "becflow_invoice",
                charge.invoice().toString(), "becflow_autopay_charge", charge.id().toString())), charge.idempotencyKey());
    }
}
