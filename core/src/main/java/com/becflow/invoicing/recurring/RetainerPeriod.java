package com.becflow.invoicing.recurring;

import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The hours of the period a day closes, against its allowance: how many were worked, how many go beyond it (billed as
 * one line at the extra-hour rate) and, with rollover, how many carry into the next period.
 */
public record RetainerPeriod(BigDecimal worked, BigDecimal allowance, BigDecimal extra, BigDecimal carriedNext) {

    /** The period closed by a day, from the hours it counts and what the period before carried. */
    public static RetainerPeriod close(Retainer retainer, List<BigDecimal> hours, BigDecimal carried) {
        BigDecimal worked = hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowance = retainer.allowance(carried);
        BigDecimal extra = worked.subtract(allowance).max(BigDecimal.ZERO);
        BigDecimal unused = allowance.subtract(worked).max(BigDecimal.ZERO);
        return new RetainerPeriod(worked, allowance, extra, retainer.rollover() ? unused : BigDecimal.ZERO);
    }

    /** The line billing the hours beyond the allowance, if any went beyond it, taxed as the fee's first line is. */
    public Optional<InvoiceLine> extraLine(Retainer retainer, InvoiceLine feeLine) {
        if (extra.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceLine("Extra hours: " + hours(worked) + " h worked, " + hours(allowance)
                + " h included", extra, retainer.extraHourRate(), null, feeLine.taxRate(), feeLine.taxName()));
    }

    private static String hours(BigDecimal h) {
        return h.setScale(Retainer.HOUR_DECIMALS, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString();
    }
}
