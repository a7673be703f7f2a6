package com.becflow.shared.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail the server did not take for now is tried again: after {@code firstDelay}, then twice as long after
 * each further attempt, never more than {@code longestDelay} apart, and not after {@code giveUpAfter} from when it
 * was queued: then it has failed for good. With the defaults (30 s, 1 h, 24 h) a mail is tried about thirty
 * times over a day, most of them in its first hour.
 */
public record RetrySchedule(Duration firstDelay, Duration longestDelay, Duration giveUpAfter) {

    public static final Duration LONGEST_DELAY = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Delays must be positive, the longest at least the first");
        }
    }

    public static RetrySchedule startingAfter(Duration firstDelay) {
        return new RetrySchedule(firstDelay, LONGEST_DELAY.compareTo(firstDelay) < 0 ? firstDelay : LONGEST_DELAY,
                GIVE_UP_AFTER);
    }

    /** The pause after attempt number {@code attempts} (1 for the first) failed. */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** When to try again after attempt number {@code attempts} failed at {@code now}; empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now) {
        Instant next = now.plus(delayAfter(attempts));
        return next.isAfter(queuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
