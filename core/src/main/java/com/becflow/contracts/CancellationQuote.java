package com.becflow.contracts;

import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What cancelling a signed engagement on a day comes to under its cancellation clause, worded as
 * {@link ClauseText} words the clause: the tier with the most days before the start that the cancellation still meets
 * sets the share of the fee kept; cancelled later than the last tier, the full fee is kept. The share is rounded once.
 * What was already paid towards the fee counts towards what is kept: the rest is invoiced, or what was paid beyond it
 * is given back.
 *
 * @param tier the tier that applied; null when the cancellation came later than every tier
 */
public record CancellationQuote(LocalDate startDate, LocalDate cancelledOn, long daysBeforeStart, CancellationTier tier,
                                BigDecimal percentKept, Money fee, Money kept, Money paid) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public CancellationQuote {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(paid, "paid");
    }

    public static CancellationQuote of(CancellationPolicy policy, Money fee, LocalDate startDate, LocalDate cancelledOn,
                                       Money paid) {
        long days = ChronoUnit.DAYS.between(cancelledOn, startDate);
        CancellationTier applied = policy.ordered().stream()
                .filter(t -> days >= t.daysBeforeStart() || t.daysBeforeStart() == 0).findFirst()
                .orElse(null);
        BigDecimal percent = applied == null ? HUNDRED : applied.percentKept();
        Money kept = fee.times(percent).times(BigDecimal.ONE.movePointLeft(2)).rounded();
        return new CancellationQuote(startDate, cancelledOn, days, applied, percent, fee, kept, paid);
    }

    /** What is still to be invoiced: what is kept beyond what was paid. */
    public Money toInvoice() {
        Money rest = kept.minus(paid);
        return rest.isPositive() ? rest : Money.zero(fee.currency());
    }

    /** What is to be given back: what was paid beyond what is kept. */
    public Money toRefund() {
        Money rest = paid.minus(kept);
        return rest.isPositive() ? rest : Money.zero(fee.currency());
    }

    /** The calculation in words, the same for the freelancer, the client's mail and the contract's evidence. */
    public String explain() {
        String when = daysBeforeStart > 0 ? daysBeforeStart + (daysBeforeStart == 1 ? " day" : " days") + " before the start on "
                + startDate : daysBeforeStart == 0 ? "on the start date " + startDate
                : -daysBeforeStart + (daysBeforeStart == -1 ? " day" : " days") + " after the start on " + startDate;
        String rule = tier == null ? "later than every tier of the cancellation clause, so the full fee is kept"
                : "the tier \"" + (tier.daysBeforeStart() == 0 ? "on or after the start date" : tier.daysBeforeStart()
                + " days or more before the start date") + "\" keeps " + percent(percentKept) + " of the fee";
        String outcome = toInvoice().isPositive() ? MoneyText.of(toInvoice()) + " is invoiced"
                : toRefund().isPositive() ? MoneyText.of(toRefund()) + " is given back" : "nothing more is owed or given back";
        return "Cancelled on " + cancelledOn + ", " + when + ": " + rule + ". Kept: " + percent(percentKept) + " of "
                + MoneyText.of(fee) + " = " + MoneyText.of(kept) + "; already paid: " + MoneyText.of(paid) + "; " + outcome
                + ".";
    }

    private static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }
}
