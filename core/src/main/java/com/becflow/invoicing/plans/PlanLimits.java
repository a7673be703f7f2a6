package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a payment plan may look like, as the freelancer sets it for the workspace and overrides it for a client or an
 * invoice ({@link #overriddenBy}). {@code offered} says whether the portal lets the client build a plan; every other
 * limit binds any plan, the freelancer's proposals included (an invoice's own override lets them go further).
 *
 * @param minimumDeposit     the least first installment, or null for none
 * @param maxInstallments    the most installments, the deposit included
 * @param minimumInstallment the least any installment may be, or null for none; binds only invoices in its currency
 * @param finalWithinDays    the last installment falls due at most this many days after the invoice's issue date, or null
 * @param latestFinalDate    the last installment falls due on this day at the latest, or null
 */
public record PlanLimits(boolean offered, MinimumDeposit minimumDeposit, int maxInstallments, Money minimumInstallment,
                         Integer finalWithinDays, LocalDate latestFinalDate, Set<PlanFrequency> frequencies,
                         AutopayRule autopay) {

    public static final int MOST_INSTALLMENTS = 120;
    public static final int LONGEST_DAYS = 3660;
    public static final int LATEST_YEAR = 9999;
    /** What an amount column (NUMERIC(19,4)) holds, rounded down to whole units. */
    public static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999");

    /** A new workspace's limits: no plans offered to clients until the freelancer turns them on. */
    public static final PlanLimits DEFAULT = new PlanLimits(false, null, 12, null, 365, null,
            EnumSet.allOf(PlanFrequency.class), AutopayRule.OPTIONAL);

    public PlanLimits {
        Objects.requireNonNull(frequencies, "frequencies");
        Objects.requireNonNull(autopay, "autopay");
        frequencies = frequencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(frequencies));
    }

    /** These limits with what {@code override} sets in place of their own. */
    public PlanLimits overriddenBy(PlanLimitsOverride override) {
        if (override == null) {
            return this;
        }
        return new PlanLimits(
                override.offered() != null ? override.offered() : offered,
                override.minimumDeposit() != null ? override.minimumDeposit() : minimumDeposit,
                override.maxInstallments() != null ? override.maxInstallments() : maxInstallments,
                override.minimumInstallment() != null ? override.minimumInstallment() : minimumInstallment,
                override.finalWithinDays() != null ? override.finalWithinDays() : finalWithinDays,
                override.latestFinalDate() != null ? override.latestFinalDate() : latestFinalDate,
                override.frequencies() != null ? override.frequencies() : frequencies,
                override.autopay() != null ? override.autopay() : autopay);
    }

    /** The least deposit on {@code total}; zero when there is no minimum. */
    public Money minimumDepositOn(Money total) {
        return minimumDeposit == null ? Money.zero(total.currency()) : minimumDeposit.of(total);
    }

    /** The least installment in {@code currency}, if a minimum binds that currency. */
    public Optional<Money> minimumInstallmentIn(Currency currency) {
        return Optional.ofNullable(minimumInstallment).filter(m -> m.currency().equals(currency));
    }

    /**
     * The last day the final installment may fall due on, for an invoice issued on {@code issueDate}: the earlier of the
     * limits' own, and never more than {@link #LONGEST_DAYS} after the issue date.
     */
    public LocalDate latestFinalDate(LocalDate issueDate) {
        LocalDate latest = issueDate.plusDays(LONGEST_DAYS);
        if (finalWithinDays != null && issueDate.plusDays(finalWithinDays).isBefore(latest)) {
            latest = issueDate.plusDays(finalWithinDays);
        }
        return latestFinalDate != null && latestFinalDate.isBefore(latest) ? latestFinalDate : latest;
    }

    public boolean allows(PlanFrequency frequency) {
        return frequencies.contains(frequency);
    }

    /** Field name to what is wrong with it; empty when these limits can be kept. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (maxInstallments < 2 || maxInstallments > MOST_INSTALLMENTS) {
            problems.put("maxInstallments", "From 2 to " + MOST_INSTALLMENTS + " installments");
        }
        if (minimumDeposit != null && minimumDeposit.problem() != null) {
            problems.put("minimumDeposit", minimumDeposit.problem());
        }
        if (minimumInstallment != null) {
            if (minimumInstallment.isNegative()) {
                problems.put("minimumInstallment", "The minimum installment cannot be negative");
            } else {
                minimumInstallment.finerThanMinorUnit().ifPresent(p -> problems.put("minimumInstallment", p));
                if (minimumInstallment.amount().compareTo(LARGEST_AMOUNT) > 0) {
                    problems.put("minimumInstallment", "At most " + LARGEST_AMOUNT.toPlainString());
                }
            }
        }
        if (latestFinalDate != null && latestFinalDate.getYear() > LATEST_YEAR) {
            problems.put("latestFinalDate", "Not after " + LATEST_YEAR);
        }
        if (finalWithinDays != null && (finalWithinDays < 1 || finalWithinDays > LONGEST_DAYS)) {
            problems.put("finalWithinDays", "From 1 to " + LONGEST_DAYS + " days");
        }
        if (frequencies.isEmpty()) {
            problems.put("frequencies", "Allow at least one frequency");
        }
        return problems;
    }
}
