package com.becflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One assembled server ({@code becflow-server.jar}) in a process of its own, on 127.0.0.1, started with given settings. */
public final class ServerProcess {

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private ServerProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts the server with these settings (as environment variables) and waits until it is ready. */
    public static ServerProcess start(Map<String, String> settings, Path dataDir, int port, String logName) {
        OneDeploymentForAll.undeployIfRunning();
        Path log = dataDir.resolve(logName);
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-jar", System.getProperty("becflow.it.bundle"))
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(settings);
            builder.environment().put("BECFLOW_HTTP_PORT", String.valueOf(port));
            builder.environment().put("BECFLOW_DATA_DIR", dataDir.toString());
            long started = System.nanoTime();
            ServerProcess server = new ServerProcess(builder.start(), "http://127.0.0.1:" + port, log);
            try {
                server.awaitReady();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            System.out.printf("Becflow server ready at %s after %d ms%n", server.baseUrl,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return URI.create(baseUrl).getPort();
    }

    /** The server's process id, for looking into its JVM (heap, flight recordings). */
    public long pid() {
        return process.pid();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited during start-up; see " + log + ", which ends:\n"
                        + lastLines(40));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The server did not become ready in 240 s; see " + log);
    }

    private String lastLines(int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hook, no transaction finished, no socket closed politely. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(30);
    }

    /** Stops it as an operator would (SIGTERM), forcibly if it takes longer than 30 s. */
    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!waitForExit(30)) {
            process.destroyForcibly();
            waitForExit(10);
        }
    }

    private boolean waitForExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
