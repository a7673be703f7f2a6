package com.becflow.shared.money;

import java.util.Currency;

public class CurrencyMismatch extends IllegalArgumentException {

    public CurrencyMismatch(Currency left, Currency right) {
        super("Cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
    }
}
