package com.becflow.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);
    private final ReminderSchedule schedule = new ReminderSchedule(ReminderPolicy.standard(), BusinessHours.STANDARD);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), NEW_YORK).toInstant();
    }

    private Optional<ReminderSchedule.Planned> next(Set<String> done, ReminderHold hold, Instant now) {
        return schedule.next(DUE, ISSUED, NEW_YORK, done, hold, now);
    }

    @Test
    void theFirstReminderFallsDueAtNineOnItsDayWhereTheClientLives() {
        ReminderSchedule.Planned planned = next(Set.of(), ReminderHold.NONE, at(ISSUED, 12, 0)).orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D-3");
        assertThat(planned.at()).isEqualTo(at(DUE.minusDays(3), 9, 0));
        assertThat(planned.dueAt(at(DUE.minusDays(3), 8, 59))).isFalse();
        assertThat(planned.dueAt(at(DUE.minusDays(3), 9, 0))).isTrue();
    }

    @Test
    void theDayAfterTheClocksGoForwardTheReminderStillGoesAtNineLocalTime() {
        // The United States moved to daylight time on 8 March 2026: D+0 on 15 March is 13:00 UTC, not 14:00.
        ReminderSchedule.Planned planned = next(Set.of("D-3"), ReminderHold.NONE, at(DUE.minusDays(3), 10, 0))
                .orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D+0");
        assertThat(planned.at()).isEqualTo(Instant.parse("2026-03-15T13:00:00Z"));
    }

    @Test
    void aReminderThatCameAfterBusinessHoursWaitsForTheNextMorning() {
        ReminderSchedule.Planned planned = next(Set.of("D-3"), ReminderHold.NONE, at(DUE, 17, 30)).orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D+0");
        assertThat(planned.at()).isEqualTo(at(DUE.plusDays(1), 9, 0));
    }

    @Test
    void aReminderThatCameInsideBusinessHoursMayGoNow() {
        Instant now = at(DUE, 15, 10);

        assertThat(next(Set.of("D-3"), ReminderHold.NONE, now)).get().extracting(ReminderSchedule.Planned::at)
                .isEqualTo(now);
    }

    @Test
    void whenSeveralHaveComeOnlyTheLatestGoesAndTheEarlierAreNeverSentAfterIt() {
        ReminderSchedule.Planned planned = next(Set.of("D-3"), ReminderHold.NONE, at(DUE.plusDays(22), 10, 0))
                .orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D+21");
        assertThat(next(Set.of("D-3", "D+21"), ReminderHold.NONE, at(DUE.plusDays(22), 10, 0)).orElseThrow()
                .occurrence().key()).isEqualTo("D+35");
    }

    @Test
    void aReminderWhoseDayIsNotAfterTheIssueDayIsNeverSent() {
        ReminderSchedule shortTerms = new ReminderSchedule(ReminderPolicy.standard(), BusinessHours.STANDARD);

        ReminderSchedule.Planned planned = shortTerms.next(ISSUED.plusDays(3), ISSUED, NEW_YORK, Set.of(),
                ReminderHold.NONE, at(ISSUED, 10, 0)).orElseThrow();

        assertThat(planned.occurrence().key()).as("D-3 falls on the issue day").isEqualTo("D+0");
    }

    @Test
    void theEndlessStepStopsAtItsLimit() {
        Set<String> all = Set.of("D-3", "D+0", "D+7", "D+21", "D+35", "D+49", "D+63");

        assertThat(next(all, ReminderHold.NONE, at(DUE.plusDays(70), 10, 0))).get()
                .extracting(p -> p.occurrence().key()).isEqualTo("D+77");
        assertThat(next(Set.of("D+77"), ReminderHold.NONE, at(DUE.plusDays(300), 10, 0))).isEmpty();
    }

    @Test
    void aPauseHoldsRemindersThroughItsLastDayAndTheyResumeByThemselvesAfter() {
        ReminderHold paused = new ReminderHold(DUE.plusDays(10), null, false);

        ReminderSchedule.Planned planned = next(Set.of("D-3", "D+0"), paused, at(DUE.plusDays(8), 10, 0)).orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D+7");
        assertThat(planned.at()).isEqualTo(at(DUE.plusDays(11), 9, 0));
    }

    @Test
    void whileHeldTheNextReminderIsTheLatestThatWillHaveComeWhenTheHoldEnds() {
        ReminderHold promised = new ReminderHold(null, DUE.plusDays(9), false);

        ReminderSchedule.Planned planned = next(Set.of(), promised, at(DUE.plusDays(8), 10, 0)).orElseThrow();

        assertThat(planned.occurrence().key()).isEqualTo("D+7");
        assertThat(planned.at()).isEqualTo(at(DUE.plusDays(10), 9, 0));
    }

    @Test
    void aPromiseHoldsRemindersUntilItsDayHasPassed() {
        ReminderHold promised = new ReminderHold(null, DUE.plusDays(25), false);

        assertThat(next(Set.of("D-3", "D+0", "D+7"), promised, at(DUE.plusDays(22), 10, 0))).get()
                .extracting(ReminderSchedule.Planned::at).isEqualTo(at(DUE.plusDays(26), 9, 0));
    }

    @Test
    void remindersSwitchedOffForTheInvoiceHaveNoNextOne() {
        assertThat(next(Set.of(), new ReminderHold(null, null, true), at(DUE, 10, 0))).isEmpty();
    }

    @Test
    void aSkippedStepIsPassedOver() {
        assertThat(next(Set.of("D-3", "D+0", "D+7"), ReminderHold.NONE, at(DUE.plusDays(1), 10, 0))).get()
                .extracting(p -> p.occurrence().key()).isEqualTo("D+21");
    }

    @Test
    void businessHoursOpenAtLeastAnHourBeforeTheyClose() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BusinessHours(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(BusinessHours.InvalidBusinessHours.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BusinessHours(LocalTime.of(9, 0), LocalTime.of(9, 30)))
                .isInstanceOf(BusinessHours.InvalidBusinessHours.class);
    }
}
