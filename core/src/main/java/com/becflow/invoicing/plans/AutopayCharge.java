package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One charge of an installment without the client, written (with its idempotency key) and committed before the
 * provider is asked: however often it is asked again (a lost answer, a restart), the provider charges it at most once.
 *
 * @param attempt   1 for the installment's first charge, then one more for each retry
 * @param customer  the provider's customer the method is saved on
 * @param method    the saved method charged (the provider's id)
 * @param chargedOn the client's day it was first asked
 * @param askedAt   when it was stored, just before it was first asked
 * @param lookedOn  the client's day a bank debit on its way was last looked up at the provider; null before
 */
public record AutopayCharge(UUID id, InvoiceId invoice, PlanId plan, int installment, int attempt, String customer,
                            String method,
                            Money amount, LocalDate chargedOn, Instant askedAt, AutopayChargeStatus status,
                            String paymentReference, String reason, LocalDate lookedOn) {

    public AutopayCharge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(askedAt, "askedAt");
        if (installment < 1 || attempt < 1) {
            throw new IllegalArgumentException("Installments and attempts count from 1");
        }
    }

    public static AutopayCharge asked(InvoiceId invoice, PlanId plan, int installment, int attempt,
                                      Autopay.SavedCard card, Money amount, LocalDate clientToday, Instant now) {
        return new AutopayCharge(UUID.randomUUID(), invoice, plan, installment, attempt, card.customer(), card.method(),
                amount, clientToday, now, AutopayChargeStatus.CHARGING, null, null, null);
    }

    /**
     * The key the provider knows this charge by: the plan, the installment and the attempt, so a job that runs again
     * after a restart asks for the same charge, never a second one.
     */
    public String idempotencyKey() {
        return idempotencyKey(plan, installment, attempt);
    }

    public static String idempotencyKey(PlanId plan, int installment, int attempt) {
        return "becflow-autopay-" + plan + "-" + installment + "-" + attempt;
    }

    public AutopayCharge answered(AutopayChargeStatus outcome, String paymentReference, String reason) {
        return new AutopayCharge(id, invoice, plan, installment, attempt, customer, method, amount, chargedOn, askedAt,
                outcome, paymentReference, reason, lookedOn);
    }

    /** A bank debit on its way, looked up on the client's {@code day} and still on its way. */
    public AutopayCharge stillOnItsWay(LocalDate day) {
        return new AutopayCharge(id, invoice, plan, installment, attempt, customer, method, amount, chargedOn, askedAt,
                status, paymentReference, reason, day);
    }

    /** The client's day from which a bank debit on its way is looked up again: the day after it was asked or looked up. */
    public LocalDate lookUpFrom() {
        return (lookedOn != null ? lookedOn : chargedOn).plusDays(1);
    }
}
