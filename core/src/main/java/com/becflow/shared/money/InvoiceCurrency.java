package com.becflow.shared.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** A typed currency code read as money someone can be invoiced in, or the reason it is not. */
public final class InvoiceCurrency {

    private InvoiceCurrency() {
    }

    /**
     * The currency a code names, or empty with {@code problem} told why: unknown, or an ISO code such as
     * XXX or XAU that is no money anyone is invoiced in.
     */
    public static Optional<Currency> parse(String code, java.util.function.Consumer<String> problem) {
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            if (currency.getDefaultFractionDigits() < 0) {
                problem.accept("Not a currency for invoicing: " + code);
                return Optional.empty();
            }
            return Optional.of(currency);
        } catch (IllegalArgumentException e) {
            problem.accept("Unknown currency: " + code);
            return Optional.empty();
        }
    }
}
