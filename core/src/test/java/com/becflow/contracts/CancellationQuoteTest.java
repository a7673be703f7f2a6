package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CancellationQuoteTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Money FEE = Money.of("2500.00", "EUR");

    /** 30 days or more before: nothing kept; 14 or more: half; 7 or more: three quarters; later: the full fee. */
    private static final CancellationPolicy POLICY = new CancellationPolicy(List.of(
            new CancellationTier(14, new BigDecimal("50")), new CancellationTier(30, BigDecimal.ZERO),
            new CancellationTier(7, new BigDecimal("75"))));

    @ParameterizedTest(name = "{0} days before the start: {1}% kept")
    @CsvSource({"31, 0, 0.00", "30, 0, 0.00", "29, 50, 1250.00", "15, 50, 1250.00", "14, 50, 1250.00",
            "13, 75, 1875.00", "7, 75, 1875.00", "6, 100, 2500.00", "0, 100, 2500.00", "-3, 100, 2500.00"})
    void eachBoundaryDayFallsInTheTierWithTheMostDaysItStillMeets(int daysBefore, String percent, String kept) {
        CancellationQuote quote = CancellationQuote.of(POLICY, FEE, START, START.minusDays(daysBefore), Money.of("0", "EUR"));

        assertThat(quote.daysBeforeStart()).isEqualTo(daysBefore);
        assertThat(quote.percentKept()).isEqualByComparingTo(percent);
        assertThat(quote.kept().amount()).isEqualByComparingTo(kept);
        assertThat(quote.tier() == null).as("no tier applies later than the last one").isEqualTo(daysBefore < 7);
    }

    @Test
    void aTierOnTheStartDateCoversEverythingFromThenOn() {
        CancellationPolicy policy = new CancellationPolicy(List.of(new CancellationTier(0, new BigDecimal("80"))));

        assertThat(CancellationQuote.of(policy, FEE, START, START.plusDays(10), Money.of("0", "EUR")).kept().amount())
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void whatWasPaidCountsTowardsWhatIsKept() {
        Money deposit = Money.of("750.00", "EUR");

        CancellationQuote half = CancellationQuote.of(POLICY, FEE, START, START.minusDays(20), deposit);
        CancellationQuote nothing = CancellationQuote.of(POLICY, FEE, START, START.minusDays(45), deposit);

        assertThat(half.toInvoice().amount()).isEqualByComparingTo("500.00");
        assertThat(half.toRefund().isPositive()).isFalse();
        assertThat(nothing.toRefund().amount()).isEqualByComparingTo("750.00");
        assertThat(nothing.toInvoice().isPositive()).isFalse();
        assertThat(half.explain()).isEqualTo("Cancelled on 2027-02-09, 20 days before the start on 2027-03-01: the tier"
                + " \"14 days or more before the start date\" keeps 50% of the fee. Kept: 50% of EUR 2,500.00 = EUR 1,250.00;"
                + " already paid: EUR 750.00; EUR 500.00 is invoiced.");
    }

    @Test
    void theShareKeptIsRoundedOnceInTheFeesCurrency() {
        CancellationPolicy third = new CancellationPolicy(List.of(new CancellationTier(0, new BigDecimal("33.33"))));

        assertThat(CancellationQuote.of(third, Money.of("1001", "JPY"), START, START, Money.of("0", "JPY")).kept().amount())
                .isEqualByComparingTo("334");
        assertThat(CancellationQuote.of(third, Money.of("10.005", "BHD"), START, START, Money.of("0", "BHD")).kept().amount())
                .isEqualByComparingTo("3.335");
    }
}
