package com.becflow.db.bench;

import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.db.limits.JdbcRateCounters;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.shared.limits.RateLimit;
import com.becflow.shared.limits.RateLimited;
import com.becflow.shared.limits.RateLimiter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Prints what one rate-limit check costs: the limiter over {@link JdbcRateCounters} against the embedded PostgreSQL,
 * each check one statement on a kept connection (as the server's pool keeps them). Figures: client-side time per
 * check (round trip over loopback included), for one hot key (an update each) and for a new key each time (an insert
 * each), sequential and from 8 threads on one key; and PostgreSQL's own execution time of the statement
 * ({@code EXPLAIN ANALYZE}).
 *
 * <pre>mvn -q -pl db -am test-compile exec:java -Dexec.mainClass=com.becflow.db.bench.RateLimiterBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args=20000]</pre>
 */
public final class RateLimiterBenchmark {

    private RateLimiterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("becflow-rate-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            new DatabaseMigrations(db.dataSource()).migratePlatform();
            RateLimit generous = new RateLimit("bench.check", Integer.MAX_VALUE, Duration.ofMinutes(10), "x");
            try (Connection kept = db.dataSource().getConnection()) {
                RateLimiter limiter = new RateLimiter(new JdbcRateCounters(keeping(kept)), Clock.systemUTC());
                run("warm-up (discarded)", checks, i -> "warm-" + (i % 100), limiter, generous);
                report("one hot key (an update each)", run(null, checks, i -> "198.51.100.7", limiter, generous));
                report("a new key each (an insert each)", run(null, checks, i -> "k" + i, limiter, generous));
                RateLimit tight = new RateLimit("bench.refused", 5, Duration.ofMinutes(10), "x");
                report("refused checks (hot key over its limit)", run(null, checks, i -> "203.0.113.9", limiter, tight));
                explain(kept);
            }
            parallel(db.dataSource(), checks, generous);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), pg_size_pretty(pg_total_relation_size('public.rate_counter'))"
                         + " FROM public.rate_counter")) {
                r.next();
                System.out.printf("rows kept: %d, table and indexes: %s%n", r.getLong(1), r.getString(2));
            }
        }
    }

    private static double[] run(String label, int checks, IntFunction<String> key, RateLimiter limiter, RateLimit limit) {
        double[] micros = new double[checks];
        for (int i = 0; i < checks; i++) {
            long start = System.nanoTime();
            try {
                limiter.check(limit, key.apply(i));
            } catch (RateLimited refused) {
                // counted all the same
            }
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        if (label != null) {
            report(label, micros);
        }
        return micros;
    }

    private static void parallel(DataSource ds, int checks, RateLimit limit) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Connection[] connections = new Connection[threads];
        try {
            for (int t = 0; t < threads; t++) {
                connections[t] = ds.getConnection();
            }
            long start = System.nanoTime();
            Future<?>[] done = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                RateLimiter limiter = new RateLimiter(new JdbcRateCounters(keeping(connections[t])), Clock.systemUTC());
                done[t] = pool.submit(() -> {
                    for (int i = 0; i < checks / threads; i++) {
                        limiter.check(limit, "198.51.100.8");
                    }
                });
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-42s %8.0f checks/s (%d threads on one key, %d checks)%n", "one hot key from 8 threads",
                    (checks / threads * threads) / seconds, threads, checks / threads * threads);
        } finally {
            pool.shutdown();
            for (Connection c : connections) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    private static void explain(Connection c) throws Exception {
        String sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) " + hitStatement();
        double total = 0;
        int runs = 200;
        for (int i = 0; i < runs; i++) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2027-03-01T10:00:00Z");
                s.setString(1, "bench.explain");
                s.setString(2, "198.51.100.9");
                s.setObject(3, start);
                s.setObject(4, start.plusMinutes(20));
                s.setString(5, "bench.explain");
                s.setString(6, "198.51.100.9");
                s.setObject(7, start.minusMinutes(10));
                StringBuilder plan = new StringBuilder();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
                if (m.find()) {
                    total += Double.parseDouble(m.group(1));
                }
                if (i == runs - 1) {
                    System.out.println("PostgreSQL's plan of one check (the last of " + runs + "):");
                    System.out.print(plan.toString().indent(4));
                }
            }
        }
        System.out.printf("PostgreSQL's execution time per check, mean of %d: %.3f ms%n", runs, total / runs);
    }

    private static String hitStatement() throws Exception {
        var field = JdbcRateCounters.class.getDeclaredField("HIT");
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static void report(String label, double[] micros) {
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s median %6.0f µs, p99 %6.0f µs, mean %6.0f µs (%d checks)%n", label,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                Arrays.stream(micros).average().orElse(0), micros.length);
    }

    /** A data source that hands out the same connection and never closes it: a pool of one. */
    private static DataSource keeping(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) ->
                        method.getName().equals("close") ? null : method.invoke(connection, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> unclosable;
                    case "getLogWriter" -> new PrintWriter(System.out);
                    default -> null;
                });
    }
}
