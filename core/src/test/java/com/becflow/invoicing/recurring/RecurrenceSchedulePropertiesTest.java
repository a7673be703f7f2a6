package com.becflow.invoicing.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For any start and frequency the days of a schedule come in order, each once, a monthly day keeps the start's day of
 * the month or falls on the month's last day; and for any hours a retainer's period bills the extra and carries the rest
 * so that nothing is counted twice or lost.
 */
class RecurrenceSchedulePropertiesTest {

    private static final LocalDate EPOCH_DAY = LocalDate.of(2026, 1, 1);

    @Property
    void monthlyDaysKeepTheStartsDayOfTheMonthOrTheMonthsLastDay(@ForAll @IntRange(min = 0, max = 3650) int offset,
                                                                 @ForAll @IntRange(min = 0, max = 120) int index) {
        LocalDate start = EPOCH_DAY.plusDays(offset);
        RecurrenceSchedule schedule = new RecurrenceSchedule(Recurrence.MONTHLY, start, null, null, List.of());

        LocalDate day = schedule.day(index).orElseThrow();

        YearMonth month = YearMonth.from(start).plusMonths(index);
        assertThat(YearMonth.from(day)).isEqualTo(month);
        assertThat(day.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), month.lengthOfMonth()));
    }

    @Property
    void daysComeInOrderEachOnceAndTheFirstFromAnyDayIsNotBeforeIt(@ForAll Recurrence recurrence,
                                                                   @ForAll @IntRange(min = 0, max = 3650) int offset,
                                                                   @ForAll @IntRange(min = 0, max = 400) int probe) {
        LocalDate start = EPOCH_DAY.plusDays(offset);
        RecurrenceSchedule schedule = recurrence == Recurrence.CUSTOM_DATES
                ? new RecurrenceSchedule(recurrence, null, null, null, List.of(start, start.plusDays(3), start.plusDays(90)))
                : new RecurrenceSchedule(recurrence, start, start.plusYears(3), null, List.of());
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; schedule.day(i).isPresent(); i++) {
            days.add(schedule.day(i).get());
        }

        assertThat(days).isSorted().doesNotHaveDuplicates().first().isEqualTo(start);
        LocalDate from = start.plusDays(probe);
        schedule.firstIndexFrom(from).ifPresentOrElse(
                i -> {
                    assertThat(days.get(i)).isAfterOrEqualTo(from);
                    assertThat(i == 0 || days.get(i - 1).isBefore(from)).as("the first such day").isTrue();
                },
                () -> assertThat(days.get(days.size() - 1)).isBefore(from));
        assertThat(RecurringInvoice.issueMoment(start, ZoneId.of("Europe/Berlin")).atZone(ZoneId.of("Europe/Berlin"))
                .toLocalTime()).isEqualTo(RecurringInvoice.ISSUE_TIME);
    }

    @Property
    void aRetainerPeriodSplitsTheHoursIntoAllowanceUsedExtraAndCarriedWithNothingLost(
            @ForAll @IntRange(min = 0, max = 4000) int includedCents, @ForAll @IntRange(min = 0, max = 8000) int workedCents,
            @ForAll @IntRange(min = 0, max = 4000) int carriedCents, @ForAll boolean rollover) {
        Retainer retainer = new Retainer(hours(includedCents), new BigDecimal("80"), rollover);

        RetainerPeriod period = RetainerPeriod.close(retainer, List.of(hours(workedCents)), hours(carriedCents));

        BigDecimal used = period.worked().subtract(period.extra());
        assertThat(used.add(period.extra())).isEqualByComparingTo(hours(workedCents));
        assertThat(used).isLessThanOrEqualTo(period.allowance());
        assertThat(period.extra().signum() > 0 ? period.allowance().subtract(used).signum() : 0).isZero();
        assertThat(period.carriedNext()).isEqualByComparingTo(rollover ? period.allowance().subtract(used) : BigDecimal.ZERO);
        assertThat(period.allowance()).isEqualByComparingTo(rollover ? hours(includedCents + carriedCents) : hours(includedCents));
    }

    private static BigDecimal hours(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
