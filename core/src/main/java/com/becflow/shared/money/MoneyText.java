package com.becflow.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as people read them on contracts, invoices and receipts: the currency code first, so that nobody
 * confuses one dollar with another, then the amount grouped in thousands and rounded half-up to the
 * currency's minor unit ("EUR 1,200.00", "JPY 1,200", "BHD 1.250"). English separators whatever the
 * reader's locale, so one document reads the same everywhere.
 */
public final class MoneyText {

    private MoneyText() {
    }

    /** "EUR 1,200.00". */
    public static String of(Money money) {
        return money.currency().getCurrencyCode() + " " + amount(money);
    }

    /** The amount without its code, for columns headed with the currency: "1,200.00". */
    public static String amount(Money money) {
        return number(money.amount(), Money.minorDigits(money.currency()));
    }

    /** A number grouped in thousands with exactly that many decimals, rounded half-up. */
    public static String number(BigDecimal value, int fractionDigits) {
        DecimalFormat format = new DecimalFormat(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
