package com.becflow.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of the assembled server during one benchmark run, started and dumped with jcmd,
 * then summed here: the methods the server's threads were running when sampled (self), and the methods on their
 * stacks (inclusive). JFR samples every 10 ms at a cost of about one per cent, unlike thread dumps.
 */
final class FlightRecording {

    private final long pid;
    private final String name;
    private final Path file;

    private FlightRecording(long pid, String name, Path file) {
        this.pid = pid;
        this.name = name;
        this.file = file;
    }

    static FlightRecording start(String name) throws IOException, InterruptedException {
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("becflow-server.jar"))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();
        Path file = Path.of("target", "bench-" + name + ".jfr").toAbsolutePath();
        Files.deleteIfExists(file);
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        return new FlightRecording(pid, name, file);
    }

    void stopAndPrint() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + name, "filename=" + file);
        summary(name, file).forEach(System.out::println);
    }

    /**
     * The hottest methods of a recording, self and inclusive, as lines to print: for {@link #stopAndPrint} and for
     * in-server benchmarks that record their own JVM ({@code jdk.jfr.Recording}) and print through a file.
     */
    static List<String> summary(String name, Path file) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(method(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if (seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format("JFR profile '%s': %d samples of running Java threads, kept in %s", name, samples, file));
        lines.addAll(top("  self (the method running when sampled)", self, samples, 30));
        lines.addAll(top("  inclusive (on the stack when sampled)", inclusive, samples, 80));
        return lines;
    }

    private static List<String> top(String heading, Map<String, Integer> counts, int samples, int limit) {
        List<String> lines = new java.util.ArrayList<>(List.of(heading + ":"));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> lines.add(String.format("    %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        return lines;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || out.contains("Could not") || out.contains("Exception")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + out);
        }
    }
}
