package com.becflow.integrations.stripe;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * Money to and from Stripe's integer amounts in a currency's smallest unit, the only place minor units exist.
 *
 * <p>Stripe's exponent is not always ISO 4217's: it takes zero-decimal currencies as they are, three-decimal
 * currencies in thousandths that must end in 0 (it charges them to the nearest hundredth), and every other
 * currency in hundredths. Conversions are exact: an amount Stripe cannot represent is refused, never rounded.
 */
public final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA",
            "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");

    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {
    }

    /** The amount as Stripe's {@code amount} field takes it; throws IllegalArgumentException if Stripe cannot take it. */
    public static long toMinor(Money money) {
        if (money.isNegative()) {
            throw new IllegalArgumentException("Stripe takes no negative amount: " + money);
        }
        String code = money.currency().getCurrencyCode();
        long minor;
        try {
            minor = money.amount().movePointRight(exponent(code)).longValueExact();
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException(money + " has more decimals than Stripe takes for " + code, tooPrecise);
        }
        if (THREE_DECIMAL.contains(code) && minor % 10 != 0) {
            throw new IllegalArgumentException(money + ": Stripe takes " + code + " to two decimals only (last digit 0)");
        }
        return minor;
    }

    /** Stripe's amount (and its lower-case currency code) as money, with the currency's Stripe decimals. */
    public static Money fromMinor(long minor, String stripeCurrency) {
        Currency currency = Currency.getInstance(stripeCurrency.toUpperCase(Locale.ROOT));
        return new Money(BigDecimal.valueOf(minor, exponent(currency.getCurrencyCode())), currency);
    }

    /** The lower-case code Stripe uses for a currency. */
    public static String code(Currency currency) {
        return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    private static int exponent(String currencyCode) {
        if (ZERO_DECIMAL.contains(currencyCode)) {
            return 0;
        }
        return THREE_DECIMAL.contains(currencyCode) ? 3 : 2;
    }
}
