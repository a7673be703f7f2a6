package com.becflow.invoicing;

import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A signed contract's early-payment discount on one invoice: the share of the total taken off when the client pays it
 * all within {@code withinDays} of its date, until the midnight that ends the last of those days where the client
 * lives. The discount is the total times the share, rounded once; the price is the total less it, so the two always
 * add up to the total exactly.
 */
public record EarlyPaymentTerms(EarlyPaymentDiscount clause) {

    public EarlyPaymentTerms {
        Objects.requireNonNull(clause, "clause");
    }

    /** The last day, on the client's calendar, on which paying earns the discount. */
    public LocalDate lastDay(LocalDate issueDate) {
        return issueDate.plusDays(clause.withinDays());
    }

    /** The first instant at which the discount is gone: the client's midnight after {@link #lastDay}. */
    public Instant endsAt(LocalDate issueDate, ZoneId clientZone) {
        return Overdue.from(lastDay(issueDate), clientZone);
    }

    public Money discount(Money total) {
        return total.times(clause.percent()).times(BigDecimal.ONE.movePointLeft(2)).rounded();
    }

    public Money price(Money total) {
        return total.minus(discount(total));
    }

    /** The clause in the words the ledger, the history and the receipt use. */
    public String describe() {
        return "early-payment discount of the signed contract: " + clause.percent().stripTrailingZeros().toPlainString()
                + "% when paid within " + clause.withinDays() + " days";
    }
}
