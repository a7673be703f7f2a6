package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes a schedule from a few figures: the deposit (if any) falls due on the first date, the rest is split into
 * equal installments, each rounded down to the currency's minor unit, and what rounding left over goes on the last one,
 * so the installments always sum to the total exactly. The proposal is not checked against any limits: that is
 * {@link PlanRules}' work, so the client sees the preview and every rule it breaks together.
 */
public final class PlanBuilder {

    private PlanBuilder() {
    }

    /**
     * @param deposit the first installment, or zero for equal installments from the start
     * @param count   how many installments in all, the deposit included
     */
    public static PlanTerms propose(Money total, Money deposit, int count, PlanFrequency frequency, LocalDate first,
                                    boolean autopay) {
        List<PlanViolation> refused = new ArrayList<>();
        if (frequency.custom()) {
            refused.add(new PlanViolation("plan.frequency.needs-dates", "frequency",
                    "With custom dates, give each installment's date and amount"));
        }
        if (count < 2) {
            refused.add(new PlanViolation("plan.count.below-two", "count", "A plan has at least 2 installments"));
        } else if (count > PlanLimits.MOST_INSTALLMENTS) {
            refused.add(new PlanViolation("plan.count.above-maximum", "count",
                    "At most " + PlanLimits.MOST_INSTALLMENTS + " installments"));
        }
        if (deposit.isNegative()) {
            refused.add(new PlanViolation("plan.deposit.negative", "deposit", "The deposit cannot be negative"));
        } else if (!total.isMoreThan(deposit)) {
            refused.add(new PlanViolation("plan.deposit.not-below-total", "deposit",
                    "The deposit must be less than the total of " + total.rounded()));
        }
        deposit.finerThanMinorUnit().ifPresent(p -> refused.add(new PlanViolation("plan.amount.finer-than-currency",
                "deposit", p)));
        if (!refused.isEmpty()) {
            throw new PlanOutsideLimits(refused);
        }
        List<Money> amounts = new ArrayList<>();
        if (deposit.isPositive()) {
            amounts.add(deposit);
        }
        amounts.addAll(equalShares(total.minus(deposit), count - amounts.size()));
        List<ScheduledInstallment> installments = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            installments.add(new ScheduledInstallment(i + 1, frequency.dueDate(first, i), amounts.get(i)));
        }
        return new PlanTerms(total.currency(), frequency, autopay, installments);
    }

    /** {@code rest} in {@code n} shares rounded down to the minor unit; the last takes what rounding left. */
    static List<Money> equalShares(Money rest, int n) {
        BigDecimal share = rest.amount().divide(BigDecimal.valueOf(n), Money.minorDigits(rest.currency()),
                RoundingMode.DOWN);
        List<Money> shares = new ArrayList<>();
        Money given = Money.zero(rest.currency());
        for (int i = 0; i < n - 1; i++) {
            Money next = new Money(share, rest.currency());
            shares.add(next);
            given = given.plus(next);
        }
        shares.add(rest.minus(given));
        return shares;
    }
}
