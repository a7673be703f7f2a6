package com.becflow.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T09:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.startingAfter(Duration.ofSeconds(30));

    @Test
    void pausesDoubleFromThirtySecondsUpToAnHour() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptFollowsTheFailedOneByItsPause() {
        Instant failedAt = QUEUED.plusSeconds(5);

        assertThat(schedule.nextAttempt(1, QUEUED, failedAt)).contains(failedAt.plusSeconds(30));
        assertThat(schedule.nextAttempt(4, QUEUED, failedAt)).contains(failedAt.plus(Duration.ofMinutes(4)));
    }

    @Test
    void aMailIsGivenUpOnceTheNextAttemptWouldFallOutsideTheDay() {
        assertThat(schedule.nextAttempt(30, QUEUED, QUEUED.plus(Duration.ofHours(22)))).isPresent();
        assertThat(schedule.nextAttempt(30, QUEUED, QUEUED.plus(Duration.ofHours(23)).plusSeconds(1))).isEmpty();
    }

    @Test
    void aMailFailingAllDayIsTriedAboutThirtyTimesMostInItsFirstHours() {
        Instant now = QUEUED;
        int attempts = 0;
        int inFirstHour = 0;
        while (true) {
            attempts++;
            if (now.isBefore(QUEUED.plus(Duration.ofHours(1)))) {
                inFirstHour++;
            }
            var next = schedule.nextAttempt(attempts, QUEUED, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
        }
        assertThat(now).isBefore(QUEUED.plus(RetrySchedule.GIVE_UP_AFTER)).isAfter(QUEUED.plus(Duration.ofHours(22)));
        assertThat(attempts).isBetween(25, 35);
        assertThat(inFirstHour).isEqualTo(7);
    }
}
