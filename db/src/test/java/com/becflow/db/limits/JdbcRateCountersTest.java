package com.becflow.db.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.shared.limits.RateCounters.Hits;
import com.becflow.shared.limits.RateLimit;
import com.becflow.shared.limits.RateLimited;
import com.becflow.shared.limits.RateLimiter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counters in PostgreSQL: exact under concurrency, the window before read in the same statement, old ones purged. */
class JdbcRateCountersTest {

    private static final Instant TEN = Instant.parse("2027-03-01T10:00:00Z");
    private static EmbeddedDatabase database;
    private static DataSource dataSource;
    private static JdbcRateCounters counters;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(Path.of("target", "embedded-db-rate-counters"), 0);
        dataSource = database.dataSource();
        new DatabaseMigrations(dataSource).migratePlatform();
        counters = new JdbcRateCounters(dataSource);
        // The database directory outlives a run (as the other database tests' do): start from no counts.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM public.rate_counter");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void hitsAtOnceFromManyConnectionsAreEachCountedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> hits = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                hits.add(() -> counters.hit("test.concurrent", "198.51.100.7", TEN, Duration.ofHours(1)).current());
            }
            List<Long> seen = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(hits)) {
                seen.add(f.get());
            }
            assertThat(seen).as("every count from 1 to 400 handed out once").doesNotHaveDuplicates()
                    .hasSize(400).allMatch(n -> n >= 1 && n <= 400);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT hits FROM public.rate_counter WHERE purpose = 'test.concurrent'")).isEqualTo(400);
    }

    @Test
    void theWindowBeforeIsReadWithTheHit() {
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 3; i++) {
            counters.hit("test.previous", "k", TEN, hour);
        }
        Hits next = counters.hit("test.previous", "k", TEN.plus(hour), hour);
        assertThat(next).isEqualTo(new Hits(1, 3));
        assertThat(counters.hit("test.previous", "other", TEN.plus(hour), hour)).isEqualTo(new Hits(1, 0));
    }

    @Test
    void windowsAreKeptTwoWindowsLongThenPurged() throws Exception {
        Duration minute = Duration.ofMinutes(1);
        counters.hit("test.purge", "k", TEN, minute);
        counters.hit("test.purge", "k", TEN.plus(minute), minute);
        assertThat(counters.purge(TEN.plus(minute.multipliedBy(2)))).as("still the window before the next one").isZero();
        assertThat(counters.purge(TEN.plus(minute.multipliedBy(2)).plusMillis(1))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM public.rate_counter WHERE purpose = 'test.purge'")).isEqualTo(1);
    }

    @Test
    void theLimiterOverTheDatabaseRefusesTheRequestAfterTheLimit() {
        Clock clock = Clock.fixed(TEN.plusSeconds(90), ZoneOffset.UTC);
        RateLimiter limiter = new RateLimiter(counters, clock);
        RateLimit limit = new RateLimit("test.limiter", 3, Duration.ofMinutes(10), "Slow down.");
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            try {
                limiter.check(limit, "203.0.113.9");
            } catch (RateLimited e) {
                refused.incrementAndGet();
            }
        }
        assertThat(refused).hasValue(7);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
