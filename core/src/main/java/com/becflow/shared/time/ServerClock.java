package com.becflow.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

/**
 * The server's "now": real time in UTC, plus an offset that only grows, and only on a server started with
 * {@code BECFLOW_CLOCK_MOVABLE=true} (the local mode and the test platform). Due dates, the expiry of links and
 * offers, overdue status and every scheduled duty read this clock and nothing else, so letting a week pass
 * moves all of them together; on any other server {@link #advance} is refused and the offset is never read.
 *
 * <p>The offset lives in a JVM system property ({@value #OFFSET_PROPERTY}), not in a field: the workspace and
 * the portal are two applications, each with its own copy of this class, and one server has one time. Updates
 * hold the lock of the system properties, so two moves never lose one another.
 *
 * <p>Outside parties keep real time. A token's expiry is compared with Keycloak's timestamps through the
 * {@link WallClock}. Stripe checks a checkout's expiry against its own time, so while this clock is ahead it refuses
 * new checkouts: a scenario opens none after time has passed.
 */
public final class ServerClock extends Clock {

    /** Where a movable server keeps how far its clock is ahead of real time (an ISO-8601 duration). */
    public static final String OFFSET_PROPERTY = "becflow.clock.offset";

    private final Clock real;
    private final boolean movable;
    private final String offsetProperty;
    /**
     * Held to read by work the clock must not jump over, to write by a move. Per application: the outbox's workers and
     * what moves the clock (the test harness, the local clock page) live in the workspace's.
     */
    private static final ReadWriteLock STEADINESS = new ReentrantReadWriteLock();
    private volatile ReadOffset lastRead = new ReadOffset(null, Duration.ZERO);

    private record ReadOffset(String text, Duration offset) {
    }

    ServerClock(Clock real, boolean movable, String offsetProperty) {
        this.real = Objects.requireNonNull(real, "real").withZone(ZoneOffset.UTC);
        this.movable = movable;
        this.offsetProperty = Objects.requireNonNull(offsetProperty, "offsetProperty");
    }

    /** Real time, for good. */
    public static ServerClock fixed() {
        return new ServerClock(Clock.systemUTC(), false, OFFSET_PROPERTY);
    }

    /** Real time until someone lets time pass; shared by every application of this server. */
    public static ServerClock movable() {
        return new ServerClock(Clock.systemUTC(), true, OFFSET_PROPERTY);
    }

    @Override
    public Instant instant() {
        return movable ? real.instant().plus(offset()) : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in a zone: it moves whenever this clock moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    /** Whether this server's time can be moved forward. */
    public boolean isMovable() {
        return movable;
    }

    /** How far this clock is ahead of real time. */
    public Duration offset() {
        if (!movable) {
            return Duration.ZERO;
        }
        String text = System.getProperty(offsetProperty);
        ReadOffset read = lastRead;
        if (!Objects.equals(text, read.text())) {
            read = new ReadOffset(text, text == null ? Duration.ZERO : Duration.parse(text));
            lastRead = read;
        }
        return read.offset();
    }

    /**
     * Lets time pass.
     *
     * @throws ClockNotMovable on a server whose clock is real time only
     * @throws IllegalArgumentException unless {@code duration} is positive: time never runs backwards
     */
    public Instant advance(Duration duration) {
        requireMovable();
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("Time only moves forward; " + duration + " is not a step forward");
        }
        Lock moving = STEADINESS.writeLock();
        moving.lock();
        try {
            synchronized (System.getProperties()) {
                System.setProperty(offsetProperty, offset().plus(duration).toString());
            }
        } finally {
            moving.unlock();
        }
        return instant();
    }

    /**
     * Runs {@code work} while the clock does not jump: moving it waits until the work is done, as it would be after that
     * much real time. For work timed on this clock, such as a mail sent under a lease: a move in mid-send would end the
     * lease at once, and another worker would take the mail and send it again. Returns what the work returns.
     */
    public boolean steadily(BooleanSupplier work) {
        if (!movable) {
            return work.getAsBoolean();
        }
        Lock held = STEADINESS.readLock();
        held.lock();
        try {
            return work.getAsBoolean();
        } finally {
            held.unlock();
        }
    }

    /** Lets whole days pass (of 24 hours: a day with a clock change in some zone is still 24 hours here). */
    public Instant advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    /**
     * Lets time pass until {@code moment}.
     *
     * @throws IllegalArgumentException if {@code moment} is not after now
     */
    public Instant advanceTo(Instant moment) {
        requireMovable();
        // The move's lock first, then the properties' monitor, in the same order as advance takes them.
        Lock moving = STEADINESS.writeLock();
        moving.lock();
        try {
            synchronized (System.getProperties()) {
                return advance(Duration.between(instant(), moment));
            }
        } finally {
            moving.unlock();
        }
    }

    /**
     * Back to real time, as a restart of the server would do. Anything stamped while the clock was ahead now lies in the
     * future: tests call it between two scenarios, never during one, and the local clock page offers it with that said.
     */
    public void returnToRealTime() {
        requireMovable();
        Lock moving = STEADINESS.writeLock();
        moving.lock();
        try {
            System.clearProperty(offsetProperty);
        } finally {
            moving.unlock();
        }
    }

    private void requireMovable() {
        if (!movable) {
            throw new ClockNotMovable();
        }
    }

    @Override
    public String toString() {
        return movable ? "ServerClock[movable, ahead by " + offset() + "]" : "ServerClock[real time]";
    }

    /** This clock read in another zone. */
    private static final class Zoned extends Clock {

        private final ServerClock clock;
        private final ZoneId zone;

        Zoned(ServerClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }
    }
}
