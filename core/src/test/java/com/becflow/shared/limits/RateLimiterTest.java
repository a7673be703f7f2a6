package com.becflow.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.shared.time.ServerClock;
import com.becflow.shared.time.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limiter's verdicts over counters kept in memory, on a clock the test moves. */
class RateLimiterTest {

    private static final RateLimit FIVE_AN_HOUR = new RateLimit("signup.address", 5, Duration.ofHours(1),
            "Too many sign-ups.");

    private final SteppingClock clock = new SteppingClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final MemoryCounters counters = new MemoryCounters();
    private final RateLimiter limiter = new RateLimiter(counters, clock);

    @Test
    void theLimitLetsThatManyThroughThenRefusesWithItsCodeAndTheWait() {
        for (int i = 0; i < 5; i++) {
            limiter.check(FIVE_AN_HOUR, "198.51.100.7");
            clock.pass(Duration.ofMinutes(1));
        }
        RateLimited refused = catchThrowableOfType(RateLimited.class, () -> limiter.check(FIVE_AN_HOUR, "198.51.100.7"));

        assertThat(refused.code().status()).isEqualTo(429);
        assertThat(refused.code().key()).isEqualTo("rate.signup.address");
        assertThat(refused.getMessage()).startsWith("Too many sign-ups. Try again in ");
        // Five hits in the window starting 10:00, now 10:05: the next one is let through once the next window starts
        // and enough of this one (with six hits, the refused one too) has slid out.
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(55), Duration.ofMinutes(55 + 20));
        assertThat(refused.retryAfterSeconds()).isEqualTo(refused.retryAfter().toSeconds()
                + (refused.retryAfter().toMillis() % 1000 == 0 ? 0 : 1));
    }

    @Test
    void keysAndLimitsAreCountedApart() {
        for (int i = 0; i < 5; i++) {
            limiter.check(FIVE_AN_HOUR, "198.51.100.7");
        }
        limiter.check(FIVE_AN_HOUR, "203.0.113.9");
        limiter.check(new RateLimit("signup.global", 5, Duration.ofHours(1), "Busy."), "198.51.100.7");
        assertThatThrownBy(() -> limiter.check(FIVE_AN_HOUR, "198.51.100.7")).isInstanceOf(RateLimited.class);
    }

    @Test
    void theWindowSlidesSoABurstAtItsEdgeIsNotLetThroughTwice() {
        clock.set(Instant.parse("2027-03-01T10:59:00Z"));
        for (int i = 0; i < 5; i++) {
            limiter.check(FIVE_AN_HOUR, "a");
        }
        clock.set(Instant.parse("2027-03-01T11:01:00Z"));
        // A fixed window would start again from nothing here; the sliding one still sees almost all five.
        assertThatThrownBy(() -> limiter.check(FIVE_AN_HOUR, "a")).isInstanceOf(RateLimited.class);
    }

    @Test
    void aRefusedClientIsLetThroughAgainOnceTheWaitItWasToldHasPassed() {
        for (int i = 0; i < 5; i++) {
            limiter.check(FIVE_AN_HOUR, "a");
        }
        RateLimited refused = catchThrowableOfType(RateLimited.class, () -> limiter.check(FIVE_AN_HOUR, "a"));
        clock.pass(refused.retryAfter().minusSeconds(30));
        assertThatThrownBy(() -> limiter.check(FIVE_AN_HOUR, "a")).as("not yet").isInstanceOf(RateLimited.class);
        RateLimited again = catchThrowableOfType(RateLimited.class, () -> limiter.check(FIVE_AN_HOUR, "a"));
        clock.pass(again.retryAfter());
        limiter.check(FIVE_AN_HOUR, "a");
    }

    @Test
    void afterTwoQuietWindowsEverythingIsForgottenAndPurged() {
        for (int i = 0; i < 6; i++) {
            try {
                limiter.check(FIVE_AN_HOUR, "a");
            } catch (RateLimited expected) {
                // the sixth
            }
        }
        clock.pass(Duration.ofHours(2).plusMinutes(1));
        limiter.check(FIVE_AN_HOUR, "b");
        assertThat(counters.windows).as("the 10:00 window is gone; the new one of key b is kept")
                .containsOnlyKeys("signup.address|b|2027-03-01T12:00:00Z");
        limiter.check(FIVE_AN_HOUR, "a");
    }

    @Test
    void counterFailuresLetTheRequestThrough() {
        RateLimiter broken = new RateLimiter(new RateCounters() {
            @Override
            public Hits hit(String purpose, String key, Instant windowStart, Duration window) {
                throw new IllegalStateException("database down");
            }

            @Override
            public int purge(Instant now) {
                throw new IllegalStateException("database down");
            }
        }, clock);
        for (int i = 0; i < 10; i++) {
            broken.check(FIVE_AN_HOUR, "a");
        }
    }

    @Test
    void longKeysAreKeptAsTheirHash() {
        limiter.check(FIVE_AN_HOUR, "x".repeat(500));
        assertThat(counters.windows.keySet()).singleElement().asString().hasSize("signup.address|".length() + 64
                + "|2027-03-01T10:00:00Z".length());
    }

    @Test
    void theServerClockDecidesTheWindows() {
        ServerClock server = ServerClock.movable();
        RateLimiter onServerTime = new RateLimiter(counters, server);
        RateLimit onePerMinute = new RateLimit("t.minute", 1, Duration.ofMinutes(1), "Slow down.");
        onServerTime.check(onePerMinute, "k");
        assertThatThrownBy(() -> onServerTime.check(onePerMinute, "k")).isInstanceOf(RateLimited.class);
        try {
            server.advance(Duration.ofMinutes(5));
            onServerTime.check(onePerMinute, "k");
        } finally {
            server.returnToRealTime();
        }
    }

    /** Counters in a map, as the database keeps them. */
    static final class MemoryCounters implements RateCounters {

        final Map<String, long[]> windows = new HashMap<>();
        private final Map<String, Instant> expiries = new HashMap<>();

        @Override
        public Hits hit(String purpose, String key, Instant windowStart, Duration window) {
            String id = purpose + "|" + key + "|" + windowStart;
            long current = ++windows.computeIfAbsent(id, k -> new long[1])[0];
            expiries.put(id, windowStart.plus(window.multipliedBy(2)));
            long[] previous = windows.get(purpose + "|" + key + "|" + windowStart.minus(window));
            return new Hits(current, previous == null ? 0 : previous[0]);
        }

        @Override
        public int purge(Instant now) {
            int before = windows.size();
            expiries.entrySet().removeIf(e -> {
                boolean gone = e.getValue().isBefore(now);
                if (gone) {
                    windows.remove(e.getKey());
                }
                return gone;
            });
            return before - windows.size();
        }
    }
}
