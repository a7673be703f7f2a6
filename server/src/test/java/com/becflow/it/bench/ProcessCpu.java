package com.becflow.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the server and by PostgreSQL, read from {@code /proc}: for PostgreSQL also what its
 * backends that already exited used (the postmaster's reaped children), so a client that connects, works and
 * disconnects (pgbench) is counted in full. Differences of two readings give the CPU of what ran in between.
 */
final class ProcessCpu {

    /** Linux's clock ticks per second ({@code getconf CLK_TCK}), the unit of {@code /proc/<pid>/stat}. */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds by kind ("server", "postgres") now. */
    static Map<String, Double> read() {
        Map<String, Double> seconds = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String kind = cmdline.contains("becflow-server.jar") ? "server"
                            : cmdline.startsWith("postgres") || cmdline.contains("/bin/postgres") ? "postgres" : null;
                    if (kind == null) {
                        return;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
                    double own = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
                    double reaped = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS;
                    seconds.merge(kind, own + (kind.equals("postgres") ? reaped : 0), Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // The process ended while being read.
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seconds;
    }

    /** Seconds of {@code kind} used between two readings. */
    static double used(Map<String, Double> before, Map<String, Double> after, String kind) {
        return after.getOrDefault(kind, 0.0) - before.getOrDefault(kind, 0.0);
    }
}
