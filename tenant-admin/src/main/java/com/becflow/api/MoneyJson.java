package com.becflow.api;

import com.becflow.shared.money.Money;

/** An amount as a decimal string (never a binary float) and its ISO currency. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson from(Money money) {
        Money rounded = money.rounded();
        return new MoneyJson(rounded.amount().toPlainString(), rounded.currency().getCurrencyCode());
    }
}
