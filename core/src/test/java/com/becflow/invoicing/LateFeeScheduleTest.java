package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateFeeScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2027, 2, 3);

    private static LateFeeSchedule clause(String flat, String percent, int periodDays, int graceDays, String cap) {
        return new LateFeeSchedule(new LateFee(flat == null ? null : new BigDecimal(flat),
                percent == null ? null : new BigDecimal(percent), periodDays, graceDays, cap == null ? null : new BigDecimal(cap)));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void theFirstPeriodStartsTheDayAfterTheGraceDaysAndEachNextOnePeriodDaysLater() {
        LateFeeSchedule schedule = clause("25", null, 30, 5, null);

        assertThat(schedule.periodStarts(DUE, 1)).isEqualTo(DUE.plusDays(6));
        assertThat(schedule.periodStarts(DUE, 2)).isEqualTo(DUE.plusDays(36));
        assertThat(schedule.periodsStarted(DUE, DUE)).isZero();
        assertThat(schedule.periodsStarted(DUE, DUE.plusDays(5))).as("last grace day").isZero();
        assertThat(schedule.periodsStarted(DUE, DUE.plusDays(6))).isEqualTo(1);
        assertThat(schedule.periodsStarted(DUE, DUE.plusDays(35))).isEqualTo(1);
        assertThat(schedule.periodsStarted(DUE, DUE.plusDays(36))).isEqualTo(2);
    }

    @Test
    void aFlatAmountAndAShareOfWhatIsUnpaidAreAddedUnroundedAndRoundedOnce() {
        LateFeeSchedule schedule = clause("0.005", "1.5", 30, 0, null);

        // 0.005 + 1.5% of 333.33 = 0.005 + 4.99995 = 5.00495 -> 5.00 (rounding each part first would give 0.01 + 5.00)
        assertThat(schedule.nextFee(eur("1000.00"), eur("333.33"), eur("0")).isSameAs(eur("5.00"))).isTrue();
    }

    @Test
    void theCapCutsTheLastFeeAndThenNothingMoreIsCharged() {
        LateFeeSchedule schedule = clause("40", null, 30, 0, "10");

        assertThat(schedule.cap(eur("1000.00")).isSameAs(eur("100.00"))).isTrue();
        assertThat(schedule.nextFee(eur("1000.00"), eur("1000.00"), eur("80.00")).isSameAs(eur("20.00"))).isTrue();
        assertThat(schedule.nextFee(eur("1000.00"), eur("1000.00"), eur("100.00")).isPositive()).isFalse();
    }

    @Test
    void nothingIsChargedWhenNothingOfTheInvoiceIsUnpaid() {
        assertThat(clause("25", "2", 30, 0, null).nextFee(eur("1000.00"), eur("0"), eur("0")).isPositive()).isFalse();
    }

    @Test
    void theClauseIsNamedInWordsWithItsParameters() {
        assertThat(clause("25.00", "1.5", 30, 7, "10").describe())
                .isEqualTo("late-fee clause of the signed contract: 25 + 1.5% of the unpaid amount every 30 days after"
                        + " 7 days' grace, at most 10% of the invoice");
    }
}
