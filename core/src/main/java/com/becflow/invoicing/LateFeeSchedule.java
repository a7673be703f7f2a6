package com.becflow.invoicing;

import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When and how much a signed contract's late-fee clause charges an invoice, read on the client's calendar. Period 1
 * starts the day after the due date plus the grace days, each next one {@code periodDays} later; each period is
 * charged once. A period's fee is the flat amount plus the percentage of what is unpaid of the invoice itself (fees are
 * never charged on fees), summed unrounded and rounded once; all fees together never pass the cap (a share of the
 * invoice's total, itself rounded once), so the last one is cut to what the cap leaves.
 */
public record LateFeeSchedule(LateFee clause) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public LateFeeSchedule {
        Objects.requireNonNull(clause, "clause");
    }

    /** The first day, on the client's calendar, on which period {@code period} (from 1) is charged. */
    public LocalDate periodStarts(LocalDate dueDate, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("Periods count from 1");
        }
        return dueDate.plusDays(clause.graceDays() + 1L + (long) (period - 1) * clause.periodDays());
    }

    /** How many periods have started by {@code clientToday}: 0 while the invoice is in its grace days or not due. */
    public int periodsStarted(LocalDate dueDate, LocalDate clientToday) {
        LocalDate first = periodStarts(dueDate, 1);
        if (clientToday.isBefore(first)) {
            return 0;
        }
        long days = clientToday.toEpochDay() - first.toEpochDay();
        return (int) Math.min(Integer.MAX_VALUE, days / clause.periodDays() + 1);
    }

    /** The most all late fees on an invoice of {@code invoiceTotal} may come to; none without a cap in the clause. */
    public Money cap(Money invoiceTotal) {
        if (clause.capPercent() == null) {
            return null;
        }
        return invoiceTotal.times(clause.capPercent()).times(BigDecimal.ONE.movePointLeft(2)).rounded();
    }

    /**
     * The fee of the next period: {@code unpaid} is what is still owed of the invoice itself (late fees left out),
     * {@code feesSoFar} the late fees charged and not waived. Zero when the cap is reached or nothing is unpaid.
     */
    public Money nextFee(Money invoiceTotal, Money unpaid, Money feesSoFar) {
        Money zero = Money.zero(invoiceTotal.currency());
        if (!unpaid.isPositive()) {
            return zero;
        }
        Money fee = zero;
        if (clause.flatAmount() != null) {
            fee = fee.plus(new Money(clause.flatAmount(), invoiceTotal.currency()));
        }
        if (clause.percentPerPeriod() != null) {
            fee = fee.plus(unpaid.times(clause.percentPerPeriod().divide(HUNDRED)));
        }
        fee = fee.rounded();
        Money cap = cap(invoiceTotal);
        if (cap != null) {
            Money left = cap.minus(feesSoFar);
            if (!left.isPositive()) {
                return zero;
            }
            if (fee.isMoreThan(left)) {
                return left;
            }
        }
        return fee;
    }

    /** The clause in the words the fee's ledger line and history use. */
    public String describe() {
        StringBuilder s = new StringBuilder("late-fee clause of the signed contract: ");
        if (clause.flatAmount() != null && clause.flatAmount().signum() > 0) {
            s.append(clause.flatAmount().stripTrailingZeros().toPlainString());
            if (clause.percentPerPeriod() != null && clause.percentPerPeriod().signum() > 0) {
                s.append(" + ");
            }
        }
        if (clause.percentPerPeriod() != null && clause.percentPerPeriod().signum() > 0) {
            s.append(clause.percentPerPeriod().stripTrailingZeros().toPlainString()).append("% of the unpaid amount");
        }
        s.append(" every ").append(clause.periodDays()).append(" days after ").append(clause.graceDays())
                .append(" days' grace");
        if (clause.capPercent() != null) {
            s.append(", at most ").append(clause.capPercent().stripTrailingZeros().toPlainString()).append("% of the invoice");
        }
        return s.toString();
    }
}
