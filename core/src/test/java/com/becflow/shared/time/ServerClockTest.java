package com.becflow.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock REAL = Clock.fixed(T0, ZoneOffset.UTC);

    // Each test keeps its offset under a key of its own: the property is JVM-wide, as it is in the server.
    private final String key = "becflow.clock.offset.test-" + UUID.randomUUID();

    @AfterEach
    void forgetOffset() {
        System.clearProperty(key);
    }

    private ServerClock movable() {
        return new ServerClock(REAL, true, key);
    }

    @Test
    void aMovableClockStartsAtRealTimeAndMovesForward() {
        ServerClock clock = movable();
        assertThat(clock.instant()).isEqualTo(T0);

        clock.advanceDays(15);
        clock.advance(Duration.ofHours(3));

        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(15)).plus(Duration.ofHours(3)));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(15 * 24 + 3));
    }

    @Test
    void timeNeverRunsBackwards() {
        ServerClock clock = movable();
        clock.advanceDays(2);

        assertThatThrownBy(() -> clock.advance(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceTo(T0.plus(Duration.ofDays(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void advanceToLandsOnTheMomentAsked() {
        ServerClock clock = movable();
        Instant midnightInNewYork = LocalDate.of(2026, 3, 25).atStartOfDay(ZoneId.of("America/New_York")).toInstant();

        clock.advanceTo(midnightInNewYork.minusSeconds(60));

        assertThat(clock.instant()).isEqualTo(midnightInNewYork.minusSeconds(60));
    }

    @Test
    void aClockKeptToRealTimeRefusesToMoveAndIgnoresAnyOffsetProperty() {
        System.setProperty(key, Duration.ofDays(30).toString());
        ServerClock clock = new ServerClock(REAL, false, key);

        assertThatThrownBy(() -> clock.advanceDays(1)).isInstanceOf(ClockNotMovable.class);
        assertThatThrownBy(clock::returnToRealTime).isInstanceOf(ClockNotMovable.class);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.offset()).isZero();
        assertThat(clock.isMovable()).isFalse();
    }

    @Test
    void everyCopyOfTheClockInTheServerSharesOneTime() {
        // The workspace and the portal each make their own ServerClock; moving one moves the other.
        ServerClock workspace = movable();
        ServerClock portal = movable();

        workspace.advanceDays(31);

        assertThat(portal.instant()).isEqualTo(T0.plus(Duration.ofDays(31)));
    }

    @Test
    void aZonedViewMovesWithTheClock() {
        ServerClock clock = movable();
        Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

        clock.advanceDays(1);

        assertThat(berlin.instant()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(LocalDate.now(berlin)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void returningToRealTimeUndoesEveryMove() {
        ServerClock clock = movable();
        clock.advanceDays(10);

        clock.returnToRealTime();

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void movesFromManyThreadsAreNeverLost() throws Exception {
        ServerClock clock = movable();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int i = 0; i < 200; i++) {
                pool.submit(() -> {
                    start.await();
                    return clock.advance(Duration.ofMinutes(1));
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(clock.offset()).isEqualTo(Duration.ofMinutes(200));
    }

    @Test
    void aMoveWaitsForWorkThatMustNotSeeTheClockJumpAndHappensRightAfterIt() throws Exception {
        ServerClock clock = movable();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        java.util.List<Duration> seenInside = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread worker = new Thread(() -> clock.steadily(() -> {
            working.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seenInside.add(clock.offset());
            return true;
        }));
        worker.start();
        working.await();

        java.util.concurrent.CompletableFuture<Instant> move = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> clock.advanceDays(3));
        Thread.sleep(200);
        assertThat(move).as("the move waits while the work runs").isNotDone();
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);

        finish.countDown();
        move.get(5, TimeUnit.SECONDS);
        worker.join(5000);
        assertThat(seenInside).as("the work saw no jump").containsExactly(Duration.ZERO);
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(3));
    }
}
