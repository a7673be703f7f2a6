package com.becflow.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.money.Money;
import org.junit.jupiter.api.Test;

class StripeAmountsTest {

    @Test
    void twoDecimalCurrenciesGoInHundredths() {
        assertThat(StripeAmounts.toMinor(Money.of("12.34", "EUR"))).isEqualTo(1234);
        assertThat(StripeAmounts.toMinor(Money.of("12.340", "EUR"))).isEqualTo(1234);
        assertThat(StripeAmounts.toMinor(Money.of("7", "USD"))).isEqualTo(700);
    }

    @Test
    void zeroDecimalCurrenciesGoAsTheyAre() {
        assertThat(StripeAmounts.toMinor(Money.of("1200", "JPY"))).isEqualTo(1200);
        assertThat(StripeAmounts.toMinor(Money.of("50000", "KRW"))).isEqualTo(50000);
    }

    @Test
    void threeDecimalCurrenciesGoInThousandthsEndingInZero() {
        assertThat(StripeAmounts.toMinor(Money.of("1.230", "BHD"))).isEqualTo(1230);
        assertThat(StripeAmounts.toMinor(Money.of("1.23", "KWD"))).isEqualTo(1230);
        assertThatThrownBy(() -> StripeAmounts.toMinor(Money.of("1.234", "BHD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BHD");
    }

    @Test
    void amountsStripeCannotTakeAreRefusedNotRounded() {
        assertThatThrownBy(() -> StripeAmounts.toMinor(Money.of("12.345", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StripeAmounts.toMinor(Money.of("12.5", "JPY")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StripeAmounts.toMinor(Money.of("-1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stripeAmountsReadBackAsTheSameMoney() {
        assertThat(StripeAmounts.fromMinor(1234, "eur")).isEqualTo(Money.of("12.34", "EUR"));
        assertThat(StripeAmounts.fromMinor(1200, "jpy")).isEqualTo(Money.of("1200", "JPY"));
        assertThat(StripeAmounts.fromMinor(1230, "bhd")).isEqualTo(Money.of("1.230", "BHD"));
    }
}
