package com.becflow.invoicing.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecurrenceScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aMonthlyScheduleKeepsTheDayOfItsStartAndFallsOnTheLastDayOfShorterMonths() {
        RecurrenceSchedule schedule = parse("MONTHLY", LocalDate.of(2027, 1, 31), null, null, List.of()).orElseThrow();

        assertThat(days(schedule, 5)).containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31));
    }

    @Test
    void eachFrequencyStepsFromTheStart() {
        LocalDate start = LocalDate.of(2027, 2, 28);
        assertThat(days(parse("WEEKLY", start, null, null, List.of()).orElseThrow(), 2))
                .containsExactly(start, LocalDate.of(2027, 3, 7));
        assertThat(days(parse("BIWEEKLY", start, null, null, List.of()).orElseThrow(), 2))
                .containsExactly(start, LocalDate.of(2027, 3, 14));
        assertThat(days(parse("QUARTERLY", start, null, null, List.of()).orElseThrow(), 2))
                .containsExactly(start, LocalDate.of(2027, 5, 28));
        assertThat(days(parse("yearly", LocalDate.of(2028, 2, 29), null, null, List.of()).orElseThrow(), 2))
                .as("a leap day falls on 28 February in other years").containsExactly(LocalDate.of(2028, 2, 29),
                        LocalDate.of(2029, 2, 28));
    }

    @Test
    void theEndDayIsTheLastThatCanBeIssued() {
        RecurrenceSchedule schedule = parse("WEEKLY", TODAY, TODAY.plusWeeks(2), null, List.of()).orElseThrow();

        assertThat(schedule.day(2)).contains(TODAY.plusWeeks(2));
        assertThat(schedule.day(3)).isEmpty();
        assertThat(schedule.firstIndexFrom(TODAY.plusDays(1))).contains(1);
        assertThat(schedule.firstIndexFrom(TODAY.plusWeeks(2).plusDays(1))).isEmpty();
    }

    @Test
    void chosenDatesAreSortedAndEndWithTheLast() {
        RecurrenceSchedule schedule = parse("CUSTOM_DATES", null, null, null,
                List.of(TODAY.plusDays(40), TODAY, TODAY.plusDays(9))).orElseThrow();

        assertThat(days(schedule, 4)).containsExactly(TODAY, TODAY.plusDays(9), TODAY.plusDays(40));
        assertThat(schedule.firstDay()).isEqualTo(TODAY);
        assertThat(schedule.describe()).isEqualTo("on 3 chosen dates from 2026-12-03");
    }

    @Test
    void everyFaultIsNamedOnItsField() {
        assertThat(errors(null, TODAY, null, null, List.of())).containsOnlyKeys("frequency");
        assertThat(errors("DAILY", TODAY, null, null, List.of())).containsOnlyKeys("frequency");
        assertThat(errors("MONTHLY", null, null, null, List.of())).containsOnlyKeys("startOn");
        assertThat(errors("MONTHLY", TODAY.minusDays(1), null, null, List.of()))
                .containsEntry("startOn", "The first invoice can't be issued in the past; the earliest is 2026-12-03");
        assertThat(errors("MONTHLY", TODAY.plusYears(6), null, null, List.of())).containsOnlyKeys("startOn");
        assertThat(errors("MONTHLY", TODAY, TODAY.minusDays(1), 0, List.of(TODAY)))
                .containsOnlyKeys("endOn", "count", "dates");
        assertThat(errors("MONTHLY", TODAY, null, 1001, List.of())).containsOnlyKeys("count");
        assertThat(errors("CUSTOM_DATES", null, null, null, List.of())).containsOnlyKeys("dates");
        assertThat(errors("CUSTOM_DATES", null, null, null, List.of(TODAY, TODAY))).containsEntry("dates",
                "A date is named twice");
        assertThat(errors("CUSTOM_DATES", null, null, null, List.of(TODAY.minusDays(1)))).containsOnlyKeys("dates");
        assertThat(errors("CUSTOM_DATES", TODAY, TODAY, 3, List.of(TODAY)))
                .containsOnlyKeys("startOn", "endOn", "count");
        assertThat(errors("CUSTOM_DATES", null, null, null, IntStream.range(0, 101).mapToObj(TODAY::plusDays).toList()))
                .containsEntry("dates", "At most 100 dates");
    }

    @Test
    void aScheduleReadsAsTheWorkspaceListsIt() {
        assertThat(parse("MONTHLY", LocalDate.of(2027, 1, 31), null, 12, List.of()).orElseThrow().describe())
                .isEqualTo("monthly from 2027-01-31, 12 invoices");
        assertThat(parse("BIWEEKLY", TODAY, LocalDate.of(2027, 6, 30), null, List.of()).orElseThrow().describe())
                .isEqualTo("every two weeks from 2026-12-03 until 2027-06-30");
    }

    private static Optional<RecurrenceSchedule> parse(String frequency, LocalDate start, LocalDate end, Integer count,
                                                      List<LocalDate> dates) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RecurrenceSchedule> schedule = RecurrenceSchedule.parse(frequency, start, end, count, dates, TODAY, errors);
        assertThat(schedule.isPresent()).as("parsed without %s", errors).isEqualTo(errors.isEmpty());
        return schedule;
    }

    private static Map<String, String> errors(String frequency, LocalDate start, LocalDate end, Integer count,
                                              List<LocalDate> dates) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(RecurrenceSchedule.parse(frequency, start, end, count, dates, TODAY, errors)).isEmpty();
        return errors;
    }

    private static List<LocalDate> days(RecurrenceSchedule schedule, int max) {
        return IntStream.range(0, max).mapToObj(schedule::day).flatMap(Optional::stream).toList();
    }
}
