package com.becflow.cockpit;

import com.becflow.shared.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The cockpit's figures in one currency.
 *
 * @param owedNow       every open balance, late or not
 * @param ageing        open balances by how late they are, every bucket present (zero where none)
 * @param paidThisMonth money that came in this calendar month (the freelancer's), less what went back out
 * @param expected      what falls due within each horizon of {@link Dashboard#HORIZONS} days, from today (cumulative)
 */
public record CurrencyFigures(Currency currency, Money owedNow, Map<AgeBucket, Aged> ageing, Money paidThisMonth,
                              List<Expected> expected) {

    /** The open invoices of one bucket: how many, and what they still owe. */
    public record Aged(long count, Money amount) {
    }

    /** What falls due in the next {@code withinDays} days. */
    public record Expected(int withinDays, Money amount) {
    }

    public Aged overdue() {
        long count = 0;
        Money amount = Money.zero(currency);
        for (Map.Entry<AgeBucket, Aged> bucket : ageing.entrySet()) {
            if (bucket.getKey().overdue()) {
                count += bucket.getValue().count();
                amount = amount.plus(bucket.getValue().amount());
            }
        }
        return new Aged(count, amount);
    }
}
