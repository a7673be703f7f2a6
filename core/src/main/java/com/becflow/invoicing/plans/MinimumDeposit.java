package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The least a plan's first installment must be: a share of the invoice's total, or a fixed amount. A fixed amount binds
 * only invoices in its own currency: Becflow converts no currencies.
 */
public record MinimumDeposit(Kind kind, BigDecimal value, java.util.Currency currency) {

    public enum Kind { PERCENT, AMOUNT }

    public static final BigDecimal MAX_PERCENT = new BigDecimal("100");

    public MinimumDeposit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.AMOUNT) != (currency != null)) {
            throw new IllegalArgumentException("An amount, and only an amount, has a currency");
        }
    }

    public static MinimumDeposit percent(String percent) {
        return new MinimumDeposit(Kind.PERCENT, new BigDecimal(percent), null);
    }

    public static MinimumDeposit amount(Money amount) {
        return new MinimumDeposit(Kind.AMOUNT, amount.amount(), amount.currency());
    }

    /** The least deposit on {@code total}, rounded once to its currency; zero for an amount in another currency. */
    public Money of(Money total) {
        if (kind == Kind.PERCENT) {
            return total.times(value.movePointLeft(2)).rounded();
        }
        return currency.equals(total.currency()) ? new Money(value, currency) : Money.zero(total.currency());
    }

    /** Why these figures cannot be a minimum deposit, or null. */
    String problem() {
        if (value.signum() < 0) {
            return "The minimum deposit cannot be negative";
        }
        if (kind == Kind.PERCENT && value.compareTo(MAX_PERCENT) >= 0) {
            return "A deposit of 100% or more is no plan";
        }
        if (kind == Kind.PERCENT && value.stripTrailingZeros().scale() > 2) {
            return "At most 2 decimals in a percentage";
        }
        if (kind == Kind.AMOUNT && value.compareTo(PlanLimits.LARGEST_AMOUNT) > 0) {
            return "At most " + PlanLimits.LARGEST_AMOUNT.toPlainString();
        }
        return kind == Kind.AMOUNT ? Money.finerThanMinorUnit(value, currency).orElse(null) : null;
    }
}
