package com.becflow.it.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time each kind of process on this machine used between two readings: shows whether the server, PostgreSQL
 * or the load generator (this JVM, which also plays Stripe) took the two cores during a run.
 */
final class CpuShares {

    private final Map<String, Duration> start;
    private final long startNanos;

    private CpuShares(Map<String, Duration> start) {
        this.start = start;
        this.startNanos = System.nanoTime();
    }

    static CpuShares start() {
        return new CpuShares(read());
    }

    /** E.g. "server 1.21 cores, postgres 0.43, load generator 0.30, ..." over the time since {@link #start()}. */
    String since() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Duration> now = read();
        StringBuilder text = new StringBuilder();
        now.forEach((kind, cpu) -> {
            double used = (cpu.toNanos() - start.getOrDefault(kind, Duration.ZERO).toNanos()) / 1e9;
            if (used > 0.01 * seconds) {
                text.append(text.length() == 0 ? "" : ", ").append(String.format("%s %.2f", kind, used / seconds));
            }
        });
        return "CPU in cores (of " + Runtime.getRuntime().availableProcessors() + "): " + text;
    }

    private static Map<String, Duration> read() {
        Map<String, Duration> byKind = new TreeMap<>();
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().forEach(p -> p.info().totalCpuDuration().ifPresent(cpu ->
                byKind.merge(kind(p, self), cpu, Duration::plus)));
        return byKind;
    }

    private static String kind(ProcessHandle p, long self) {
        if (p.pid() == self) {
            return "load generator + fake Stripe";
        }
        String line = p.info().commandLine().orElse(p.info().command().orElse(""));
        if (line.contains("becflow-server.jar")) {
            return "server";
        }
        if (line.contains("postgres")) {
            return "postgres";
        }
        if (line.contains("keycloak") || line.contains("quarkus")) {
            return "keycloak";
        }
        if (line.contains("pgbench")) {
            return "pgbench";
        }
        return "other";
    }
}
