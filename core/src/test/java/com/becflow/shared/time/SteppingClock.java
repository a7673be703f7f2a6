package com.becflow.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for unit tests that stands still until the test lets time pass (in UTC, whatever zone is asked for). */
public final class SteppingClock extends Clock {

    private Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
