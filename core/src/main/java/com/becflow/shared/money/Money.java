package com.becflow.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Arithmetic never crosses currencies and never rounds on its own:
 * sums stay unrounded until {@link #rounded()} is asked for, once per line or total.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The smallest amount the currency has: 0.01 EUR, 1 JPY, 0.001 BHD. */
    public static Money minorUnit(Currency currency) {
        return new Money(BigDecimal.ONE.movePointLeft(minorDigits(currency)), currency);
    }

    /** How many decimals the currency's minor unit has: 2 for EUR, 0 for JPY, 3 for BHD. */
    public static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /**
     * Why {@code amount} cannot be an amount of this currency, or empty if it can: an amount finer than the minor
     * unit (EUR 10.005, JPY 500.5) would leave a balance nobody can pay off exactly.
     */
    public static java.util.Optional<String> finerThanMinorUnit(BigDecimal amount, Currency currency) {
        int digits = minorDigits(currency);
        return amount.stripTrailingZeros().scale() > digits
                ? java.util.Optional.of(currency.getCurrencyCode() + " has " + digits + " decimals")
                : java.util.Optional.empty();
    }

    /** See {@link #finerThanMinorUnit(BigDecimal, Currency)}. */
    public java.util.Optional<String> finerThanMinorUnit() {
        return finerThanMinorUnit(amount, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Rounded half-up to the currency's minor unit (0 digits for JPY, 2 for EUR, 3 for BHD). */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isMoreThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Equal in value and currency, whatever the scale: 10.0 EUR equals 10.00 EUR. */
    public boolean isSameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
