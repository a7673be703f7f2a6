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
import java.util.Map;

/**
 * The assembled runnable ({@code becflow-server.jar}) as production runs it: every outside part named by
 * configuration, so it starts none of its own. Started once per test run, on first use.
 */
public final class RunningServer {

    private static Process process;
    private static String baseUrl;
    private static int dashboardPort;

    private RunningServer() {
    }

    public static synchronized String baseUrl() {
        if (process == null) {
            start();
        }
        return baseUrl;
    }

    public static int dashboardPort() {
        baseUrl();
        return dashboardPort;
    }

    public static int port() {
        baseUrl();
        return java.net.URI.create(baseUrl).getPort();
    }

    public static Map<String, String> settings() {
        return TestPlatform.settings();
    }

    private static void start() {
        Map<String, String> settings = TestPlatform.settings();
        int port = TestPlatform.serverPort();
        Path dataDir = Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath().resolve("server");
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-jar", System.getProperty("becflow.it.bundle"))
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("server.log").toFile());
            builder.environment().putAll(settings);
            builder.environment().put("BECFLOW_HTTP_PORT", String.valueOf(port));
            builder.environment().put("BECFLOW_DATA_DIR", dataDir.toString());
            builder.environment().put("BECFLOW_JOB_POLL_SECONDS", "5");
            dashboardPort = TestPlatform.freePort();
            builder.environment().put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(dashboardPort));
            long started = System.nanoTime();
            process = builder.start();
            baseUrl = "http://127.0.0.1:" + port;
            awaitReady(dataDir.resolve("server.log"));
            System.out.printf("Becflow server ready for tests at %s after %d ms%n", baseUrl,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Path log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited during start-up; see " + log);
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
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The server did not become ready in 240 s; see " + log);
    }

    static synchronized void stopIfStarted() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
