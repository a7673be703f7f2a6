package com.becflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The assembled runnable ({@code becflow-server.jar}) as production runs it: every outside part named by
 * configuration, so it starts none of its own. Started once per test run, on first use.
 */
public final class RunningServer {

    private static ServerProcess server;
    private static String baseUrl;
    private static int dashboardPort;

    private RunningServer() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
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
        Map<String, String> settings = new HashMap<>(TestPlatform.settings());
        settings.put("BECFLOW_JOB_POLL_SECONDS", "5");
        try {
            dashboardPort = TestPlatform.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(dashboardPort));
        server = ServerProcess.start(settings, Path.of(System.getProperty("becflow.it.dataDir")).toAbsolutePath()
                .resolve("server"), TestPlatform.serverPort(), "server.log");
        baseUrl = server.baseUrl();
    }

    static synchronized void stopIfStarted() {
        if (server == null) {
            return;
        }
        server.stop();
        server = null;
    }
}
