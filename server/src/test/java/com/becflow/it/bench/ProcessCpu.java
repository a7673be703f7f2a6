package com.becflow.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the server and by PostgreSQL, read from {@code /proc}: for PostgreSQL also what its
 * backends that already exited used (the postmaster's reaped children), so a client that connects, works and
 * disconnects (pgbench) is counted in full. Differences of two readings give the CPU of what ran in between. The
 * server is the assembled one ({@code becflow-server.jar}) or Arquillian's Payara Micro for in-server benchmarks;
 * "test JVM" is Maven's test process, which also runs GreenMail and the SMTP proxy the servers send through.
 *
 * <p>Only this checkout's processes count: those whose command line names its {@code server/target} (the servers'
 * settings and the postmaster's data directory do), and the postmaster's backends. Another checkout's test run on the
 * same machine has a server, a PostgreSQL and a test JVM of its own.
 */
final class ProcessCpu {

    /** Linux's clock ticks per second ({@code getconf CLK_TCK}), the unit of {@code /proc/<pid>/stat}. */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds by kind ("server", "postgres", "test JVM") now, for the test JVM of this checkout's run. */
    static Map<String, Double> read() {
        return read(Path.of(System.getProperty("becflow.it.dataDir", "target/it-data")).toAbsolutePath().getParent());
    }

    /** The same, for the checkout whose {@code server/target} is {@code target} (read inside a server). */
    static Map<String, Double> read(Path target) {
        String root = target.toAbsolutePath().normalize() + "/";
        List<Proc> all = processes();
        Set<Long> postmasters = new HashSet<>();
        for (Proc p : all) {
            if (p.cmdline.contains("/bin/postgres") && p.cmdline.contains(root)) {
                postmasters.add(p.pid);
            }
        }
        Map<String, Double> seconds = new HashMap<>();
        for (Proc p : all) {
            String kind = postmasters.contains(p.pid) || postmasters.contains(p.ppid) ? "postgres"
                    : !p.cmdline.contains(root) ? null
                    : p.cmdline.contains("becflow-server.jar") || p.cmdline.contains("payara-micro") ? "server"
                    : p.cmdline.contains("surefire") ? "test JVM" : null;
            if (kind != null) {
                seconds.merge(kind, p.own + (kind.equals("postgres") ? p.reaped : 0), Double::sum);
            }
        }
        return seconds;
    }

    /** Seconds of {@code kind} used between two readings. */
    static double used(Map<String, Double> before, Map<String, Double> after, String kind) {
        return after.getOrDefault(kind, 0.0) - before.getOrDefault(kind, 0.0);
    }

    private record Proc(long pid, long ppid, String cmdline, double own, double reaped) {
    }

    private static List<Proc> processes() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).map(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
                    return new Proc(Long.parseLong(p.getFileName().toString()), Long.parseLong(fields[1]), cmdline,
                            (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS,
                            (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS);
                } catch (IOException | RuntimeException gone) {
                    // The process ended while being read.
                    return null;
                }
            }).filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
