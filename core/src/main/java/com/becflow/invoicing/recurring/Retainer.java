package com.becflow.invoicing.recurring;

import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A recurring invoice that bills a fixed fee per period with hours included: the fee is its lines, billed ahead for the
 * period each day opens; the hours worked beyond the period's allowance are billed on the next day's invoice at
 * {@code extraHourRate}. With {@code rollover}, hours left unused carry into the next period's allowance.
 *
 * @param extraHourRate the contract's change rate (its scope's hourly rate for changes) unless the freelancer names one
 */
public record Retainer(BigDecimal includedHours, BigDecimal extraHourRate, boolean rollover) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    public static final int HOUR_DECIMALS = 2;

    /**
     * A retainer from what was typed, or empty with its faults in {@code errors}; {@code contractRate} is the rate of
     * the contract the invoice is tied to, if it has one.
     */
    public static Optional<Retainer> parse(BigDecimal includedHours, BigDecimal extraHourRate, Boolean rollover,
                                           BigDecimal contractRate, Map<String, String> errors) {
        int before = errors.size();
        hoursProblem(includedHours, true).ifPresent(p -> errors.put("retainer.includedHours", p));
        BigDecimal rate = extraHourRate != null ? extraHourRate : contractRate;
        if (rate == null) {
            errors.put("retainer.extraHourRate", "Name the rate for extra hours, or tie the retainer to a signed contract"
                    + " whose scope has an hourly rate for changes");
        } else if (rate.signum() < 0) {
            errors.put("retainer.extraHourRate", "The rate can't be negative");
        } else if (rate.compareTo(InvoiceLine.MAX_UNIT_PRICE) > 0) {
            errors.put("retainer.extraHourRate", "At most " + InvoiceLine.MAX_UNIT_PRICE.toPlainString());
        } else if (rate.stripTrailingZeros().scale() > InvoiceLine.MAX_UNIT_PRICE_DECIMALS) {
            errors.put("retainer.extraHourRate", "At most " + InvoiceLine.MAX_UNIT_PRICE_DECIMALS
                    + " decimals");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Retainer(includedHours, rate, Boolean.TRUE.equals(rollover)));
    }

    /** What is wrong with a number of hours, if anything; included hours may be none, logged hours may not. */
    public static Optional<String> hoursProblem(BigDecimal hours, boolean zeroAllowed) {
        if (hours == null) {
            return Optional.of("How many hours?");
        }
        if (hours.signum() < 0 || (!zeroAllowed && hours.signum() == 0)) {
            return Optional.of(zeroAllowed ? "Hours can't be negative" : "Hours must be above zero");
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            return Optional.of("At most " + MAX_HOURS.toPlainString() + " hours");
        }
        if (hours.stripTrailingZeros().scale() > HOUR_DECIMALS) {
            return Optional.of("At most " + HOUR_DECIMALS + " decimals");
        }
        return Optional.empty();
    }

    /** The hours a period may use: those included, and with rollover those carried from the one before. */
    public BigDecimal allowance(BigDecimal carried) {
        return rollover ? includedHours.add(carried) : includedHours;
    }
}
