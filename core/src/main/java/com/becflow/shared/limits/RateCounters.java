package com.becflow.shared.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * Counters of hits per purpose, key and fixed window, shared by every server of a deployment (in the database).
 * Each hit is one statement; windows that can no longer matter are purged now and then.
 */
public interface RateCounters {

    /** Hits of one window with this one, and of the window before it. */
    record Hits(long current, long previous) {
    }

    /**
     * Counts one hit for {@code purpose} and {@code key} in the window that starts at {@code windowStart} and lasts
     * {@code window}, and reads the window before it, atomically with any number of hits at once.
     */
    Hits hit(String purpose, String key, Instant windowStart, Duration window);

    /** Forgets windows that ended a whole window or more before {@code now}; returns how many. */
    int purge(Instant now);
}
