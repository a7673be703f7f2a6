package com.becflow.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresByCurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    /** 23:30 in Berlin on 15 March; already 16 March in Kiritimati (UTC+14). */
    private static final Instant NOW = Instant.parse("2027-03-15T22:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static OpenBalances open(ZoneId zone, Currency currency, LocalDate due, long count, String balance) {
        return new OpenBalances(zone, currency, due, count, new BigDecimal(balance));
    }

    private static List<CurrencyFigures> figures(List<OpenBalances> open) {
        return FiguresByCurrency.of(open, NOW, Map.of(), List.of(), TODAY, EUR);
    }

    private static void assertBucket(CurrencyFigures figures, AgeBucket bucket, long count, String amount) {
        CurrencyFigures.Aged aged = figures.ageing().get(bucket);
        assertThat(aged.count()).as(bucket.label()).isEqualTo(count);
        assertThat(aged.amount().isSameAs(Money.of(amount, figures.currency()))).as(bucket.label() + ": " + aged.amount())
                .isTrue();
    }

    @Test
    void eachBucketHoldsTheInvoicesLateByItsRangeOfDaysOnTheClientsCalendar() {
        CurrencyFigures eur = figures(List.of(
                open(BERLIN, EUR, TODAY, 1, "10.00"),
                open(BERLIN, EUR, TODAY.minusDays(1), 2, "20.00"),
                open(BERLIN, EUR, TODAY.minusDays(30), 1, "30.00"),
                open(BERLIN, EUR, TODAY.minusDays(31), 1, "31.00"),
                open(BERLIN, EUR, TODAY.minusDays(60), 1, "60.00"),
                open(BERLIN, EUR, TODAY.minusDays(61), 1, "61.00"),
                open(BERLIN, EUR, TODAY.minusDays(90), 1, "90.00"),
                open(BERLIN, EUR, TODAY.minusDays(91), 1, "91.00"),
                open(BERLIN, EUR, TODAY.minusDays(400), 1, "400.00"))).get(0);

        assertBucket(eur, AgeBucket.CURRENT, 1, "10.00");
        assertBucket(eur, AgeBucket.DAYS_1_30, 3, "50.00");
        assertBucket(eur, AgeBucket.DAYS_31_60, 2, "91.00");
        assertBucket(eur, AgeBucket.DAYS_61_90, 2, "151.00");
        assertBucket(eur, AgeBucket.OVER_90, 2, "491.00");
        assertThat(eur.overdue().count()).isEqualTo(9);
        assertThat(eur.overdue().amount().isSameAs(Money.of("783.00", EUR))).isTrue();
        assertThat(eur.owedNow().isSameAs(Money.of("793.00", EUR))).isTrue();
    }

    @Test
    void anInvoiceDueTodayInBerlinIsAlreadyLateForAClientWhoseDayHasEnded() {
        List<CurrencyFigures> figures = figures(List.of(open(BERLIN, EUR, TODAY, 1, "100.00"),
                open(KIRITIMATI, EUR, TODAY, 1, "40.00")));

        assertBucket(figures.get(0), AgeBucket.CURRENT, 1, "100.00");
        assertBucket(figures.get(0), AgeBucket.DAYS_1_30, 1, "40.00");
    }

    @Test
    void amountsInTwoCurrenciesAreNeverAddedAndTheHomeCurrencyComesFirst() {
        List<CurrencyFigures> figures = FiguresByCurrency.of(List.of(open(BERLIN, USD, TODAY, 1, "5.00"),
                        open(BERLIN, EUR, TODAY, 1, "7.00")), NOW, Map.of(USD, new BigDecimal("3.00")), List.of(), TODAY, EUR);

        assertThat(figures).extracting(CurrencyFigures::currency).containsExactly(EUR, USD);
        assertThat(figures.get(0).owedNow().isSameAs(Money.of("7.00", EUR))).isTrue();
        assertThat(figures.get(1).owedNow().isSameAs(Money.of("5.00", USD))).isTrue();
        assertThat(figures.get(0).paidThisMonth().isSameAs(Money.zero(EUR))).isTrue();
        assertThat(figures.get(1).paidThisMonth().isSameAs(Money.of("3.00", USD))).isTrue();
    }

    @Test
    void theForecastCountsWhatFallsDueWithinEachHorizonAndLeavesLateMoneyOut() {
        CurrencyFigures eur = FiguresByCurrency.of(List.of(
                        open(BERLIN, EUR, TODAY.minusDays(1), 1, "1000.00"),
                        open(BERLIN, EUR, TODAY, 1, "1.00"),
                        open(BERLIN, EUR, TODAY.plusDays(30), 1, "2.00"),
                        open(BERLIN, EUR, TODAY.plusDays(31), 1, "4.00"),
                        open(BERLIN, EUR, TODAY.plusDays(90), 1, "8.00"),
                        open(BERLIN, EUR, TODAY.plusDays(91), 1, "16.00")), NOW, Map.of(),
                List.of(new PlannedReceipts.Receipt(TODAY.plusDays(45), Money.of("32.00", EUR))), TODAY, EUR).get(0);

        assertThat(eur.expected()).extracting(CurrencyFigures.Expected::withinDays).containsExactly(30, 60, 90);
        assertThat(eur.expected().get(0).amount().isSameAs(Money.of("3.00", EUR))).isTrue();
        assertThat(eur.expected().get(1).amount().isSameAs(Money.of("39.00", EUR))).isTrue();
        assertThat(eur.expected().get(2).amount().isSameAs(Money.of("47.00", EUR))).isTrue();
    }

    @Test
    void aCurrencyWithOnlyMoneyReceivedShowsEveryBucketAtZero() {
        CurrencyFigures usd = FiguresByCurrency.of(List.of(), NOW, Map.of(USD, new BigDecimal("12.50")), List.of(),
                TODAY, EUR).get(0);

        assertThat(usd.ageing()).containsOnlyKeys(AgeBucket.values());
        assertThat(usd.owedNow().isSameAs(Money.zero(USD))).isTrue();
        assertThat(usd.overdue().count()).isZero();
    }
}
