package com.becflow.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void sumsStayExactUntilRounded() {
        Money third = Money.of("10.00", "EUR").times(new BigDecimal("0.3333333"));
        Money sum = third.plus(third).plus(third);
        assertThat(sum.amount()).isEqualByComparingTo("9.999999");
        assertThat(sum.rounded().amount()).isEqualByComparingTo("10.00");
        assertThat(sum.rounded().amount().scale()).isEqualTo(2);
    }

    @Test
    void roundingFollowsTheCurrencysMinorUnit() {
        assertThat(Money.of("1234.5", "JPY").rounded().amount()).isEqualByComparingTo("1235");
        assertThat(Money.of("1.2345", "BHD").rounded().amount()).isEqualByComparingTo("1.235");
        assertThat(Money.of("0.005", "EUR").rounded().amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void currenciesNeverMix() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatch.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of("1", "EUR").minus(Money.of("1", "GBP"))).isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void anAmountFinerThanTheCurrencysMinorUnitIsNamedWithTheDecimalsItMayHave() {
        assertThat(Money.of("10.005", "EUR").finerThanMinorUnit()).contains("EUR has 2 decimals");
        assertThat(Money.of("500.5", "JPY").finerThanMinorUnit()).contains("JPY has 0 decimals");
        assertThat(Money.finerThanMinorUnit(new BigDecimal("1.2345"), java.util.Currency.getInstance("BHD")))
                .contains("BHD has 3 decimals");
        assertThat(Money.of("10.0500", "EUR").finerThanMinorUnit()).isEmpty();
        assertThat(Money.of("500", "JPY").finerThanMinorUnit()).isEmpty();
        assertThat(Money.minorDigits(java.util.Currency.getInstance("XXX"))).isZero();
    }

    @Test
    void sameValueAtAnotherScaleIsTheSameAmount() {
        assertThat(Money.of("10.0", "EUR").isSameAs(Money.of("10.00", "EUR"))).isTrue();
        assertThat(Money.of("10.0", "EUR").isSameAs(Money.of("10.00", "USD"))).isFalse();
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
    }
}
