package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one movement on the ledger did to a plan's installments, as the invoice's history tells it: the installments
 * settled before and after it, compared one by one.
 */
public final class InstallmentSettlement {

    private InstallmentSettlement() {
    }

    /**
     * A sentence naming each installment the change from {@code settledBefore} to {@code settledAfter} paid or partly
     * paid ("settles installment 1; 50.00 EUR of installment 2, 200.00 EUR left"), or empty if it touched none.
     */
    public static Optional<String> describe(PaymentPlan plan, Money settledBefore, Money settledAfter, LocalDate clientToday) {
        List<Installment> before = InstallmentAllocation.allocate(plan.terms().installments(), settledBefore, clientToday);
        List<Installment> after = InstallmentAllocation.allocate(plan.terms().installments(), settledAfter, clientToday);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Money added = after.get(i).paid().minus(before.get(i).paid());
            if (!added.isPositive()) {
                continue;
            }
            Installment now = after.get(i);
            parts.add(now.remaining().isPositive()
                    ? MoneyText.of(added.rounded()) + " of installment " + now.number() + ", " + MoneyText.of(now.remaining().rounded()) + " left"
                    : "settles installment " + now.number());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("Payment plan: " + String.join("; ", parts));
    }
}
