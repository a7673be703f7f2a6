package com.becflow.invoicing.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceStateConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecurringInvoiceTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 31);
    private static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void itIsDueAtEightInTheMorningWhereTheWorkspaceIsAcrossTheChangeToSummerTime() {
        RecurringInvoice series = monthly(null);

        assertThat(series.dueBy(Instant.parse("2027-01-31T06:59:59Z"), BERLIN)).isFalse();
        assertThat(series.dueBy(Instant.parse("2027-01-31T07:00:00Z"), BERLIN)).as("08:00 CET").isTrue();
        assertThat(RecurringInvoice.issueMoment(LocalDate.of(2027, 3, 31), BERLIN))
                .as("08:00 CEST, after the clocks went forward on 28 March").isEqualTo(Instant.parse("2027-03-31T06:00:00Z"));
    }

    @Test
    void issuingMovesToTheNextDayAndTheCountEndsTheSeries() {
        RecurringInvoice series = monthly(2);

        series.issued(START, NOW);
        assertThat(series.nextDay()).contains(LocalDate.of(2027, 2, 28));
        assertThat(series.upcoming(5)).as("one left of two").containsExactly(LocalDate.of(2027, 2, 28));

        series.issued(LocalDate.of(2027, 2, 28), NOW);
        assertThat(series.status()).isEqualTo(RecurringStatus.ENDED);
        assertThat(series.nextDay()).isEmpty();
        assertThat(series.issuedCount()).isEqualTo(2);
    }

    @Test
    void aRetainerStaysOnAfterItsLastFeeUntilTheDayItsLastPeriodCloses() {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "1500.00")), null, null, 14, false, null);
        RecurringInvoice retainer = RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, START, null, 2, List.of()),
                new Retainer(new java.math.BigDecimal("10"), new java.math.BigDecimal("80"), false), NOW);

        retainer.issued(START, null, NOW);
        retainer.issued(LocalDate.of(2027, 2, 28), null, NOW);

        assertThat(retainer.nextDay()).as("no fee left").isEmpty();
        assertThat(retainer.status()).isEqualTo(RecurringStatus.ACTIVE);
        assertThat(retainer.nextIssueDay()).as("the second period ends when a third would begin")
                .contains(LocalDate.of(2027, 3, 31));
        assertThat(retainer.dueBy(Instant.parse("2027-03-31T06:00:00Z"), BERLIN)).isTrue();
        retainer.closed(NOW);
        assertThat(retainer.status()).isEqualTo(RecurringStatus.ENDED);
        assertThat(retainer.nextIssueDay()).isEmpty();
    }

    @Test
    void aRetainerOnChosenDatesClosesItsLastPeriodAfterAsLongAsTheOneBeforeOrAMonthAfterItsOnlyDate() {
        RecurringInvoice two = retainerOn(START, START.plusDays(10));
        two.issued(START, null, NOW);
        two.issued(START.plusDays(10), null, NOW);
        assertThat(two.nextIssueDay()).as("ten days, as the first period").contains(START.plusDays(20));
        assertThat(two.status()).isEqualTo(RecurringStatus.ACTIVE);

        RecurringInvoice once = retainerOn(START);
        once.issued(START, null, NOW);
        assertThat(once.nextIssueDay()).contains(LocalDate.of(2027, 2, 28));

        RecurringInvoice ended = retainerOn(START, START.plusDays(10), START.plusDays(40));
        ended.issued(START, null, NOW);
        ended.end(NOW);
        assertThat(ended.upcoming(3)).isEmpty();
        assertThat(ended.nextIssueDay()).as("the period under way closes on the next chosen date")
                .contains(START.plusDays(10));
    }

    @Test
    void aRetainerEndedByTheFreelancerStillClosesThePeriodUnderWayOnItsDay() {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "1500.00")), null, null, 14, false, null);
        RecurringInvoice retainer = RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, START, null, null, List.of()),
                new Retainer(new java.math.BigDecimal("10"), new java.math.BigDecimal("80"), false), NOW);
        retainer.issued(START, null, NOW);

        retainer.end(NOW);

        assertThat(retainer.nextDay()).as("no further fee").isEmpty();
        assertThat(retainer.upcoming(3)).isEmpty();
        assertThat(retainer.nextIssueDay()).as("the period from 31 January closes when the next would begin")
                .contains(LocalDate.of(2027, 2, 28));
        assertThat(retainer.status()).isEqualTo(RecurringStatus.ACTIVE);
        retainer.end(NOW);
        assertThat(retainer.nextIssueDay()).as("asked twice, still one closing day").contains(LocalDate.of(2027, 2, 28));
        retainer.closed(NOW);
        assertThat(retainer.status()).isEqualTo(RecurringStatus.ENDED);

        RecurringInvoice unstarted = RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, START, null, null, List.of()),
                new Retainer(new java.math.BigDecimal("10"), new java.math.BigDecimal("80"), false), NOW);
        unstarted.end(NOW);
        assertThat(unstarted.status()).as("no period under way: ends at once").isEqualTo(RecurringStatus.ENDED);
        RecurringInvoice plain = monthly(null);
        plain.issued(START, NOW);
        plain.end(NOW);
        assertThat(plain.status()).isEqualTo(RecurringStatus.ENDED);
    }

    @Test
    void resumingSkipsTheDaysThatPassedWhilePausedAndClearsTheReason() {
        RecurringInvoice series = monthly(null);
        series.pauseFor("The client Acme is archived", NOW);
        assertThat(series.nextDay()).isEmpty();
        assertThat(series.upcoming(3)).isEmpty();

        series.resume(LocalDate.of(2027, 4, 1), NOW);

        assertThat(series.nextDay()).contains(LocalDate.of(2027, 4, 30));
        assertThat(series.problem()).isEmpty();
        assertThat(series.status()).isEqualTo(RecurringStatus.ACTIVE);
    }

    @Test
    void anEndedSeriesCanNeitherResumeNorChange() {
        RecurringInvoice series = monthly(null);
        series.end(NOW);

        assertThatThrownBy(() -> series.resume(START, NOW)).isInstanceOf(InvoiceStateConflict.class)
                .hasMessageContaining("has ended");
        assertThatThrownBy(() -> series.change(null, series.content(), series.schedule(), null, START, NOW,
                new LinkedHashMap<>())).isInstanceOf(InvoiceStateConflict.class);
    }

    @Test
    void aChangedScheduleStartsAfterTheLastIssuedDayAndNeverBelowTheCountAlreadyIssued() {
        RecurringInvoice series = monthly(null);
        series.issued(START, NOW);
        series.issued(LocalDate.of(2027, 2, 28), NOW);
        RecurrenceSchedule weekly = new RecurrenceSchedule(Recurrence.WEEKLY, START, null, null, List.of());
        Map<String, String> errors = new LinkedHashMap<>();

        series.change(null, series.content(), weekly, null, LocalDate.of(2027, 3, 1), NOW, errors);

        assertThat(errors).isEmpty();
        assertThat(series.nextDay()).as("the first weekly day after 28 February").contains(LocalDate.of(2027, 3, 7));

        RecurrenceSchedule tooFew = new RecurrenceSchedule(Recurrence.WEEKLY, START, null, 2, List.of());
        series.change(null, series.content(), tooFew, null, LocalDate.of(2027, 3, 1), NOW, errors);
        assertThat(errors).containsEntry("count", "2 invoices were issued already; choose more to go on, or end the series");
        assertThat(series.schedule()).as("nothing changed").isEqualTo(weekly);
    }

    private static RecurringInvoice monthly(Integer count) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "1500.00")), null, null, 14, false, null);
        return RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, START, null, count, List.of()), null, NOW);
    }

    private static RecurringInvoice retainerOn(LocalDate... dates) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "1500.00")), null, null, 14, false, null);
        return RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content,
                new RecurrenceSchedule(Recurrence.CUSTOM_DATES, null, null, null, List.of(dates)),
                new Retainer(new java.math.BigDecimal("10"), new java.math.BigDecimal("80"), false), NOW);
    }
}
