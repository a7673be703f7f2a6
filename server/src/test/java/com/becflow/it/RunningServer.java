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

    /**
     * The one peer whose X-Forwarded-For and X-Forwarded-Proto this server believes: a loopback address other than
     * 127.0.0.1, so a test can speak as the proxy (a socket bound to it) or as anyone else (every other client).
     */
    public static final String TRUSTED_PROXY = "127.0.0.2";

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

    /** The server's process id. */
    public static long pid() {
        baseUrl();
        return server.pid();
    }

    public static Map<String, String> settings() {
        return TestPlatform.settings();
    }

    private static void start() {
        Map<String, String> settings = new HashMap<>(TestPlatform.settings());
        settings.put("BECFLOW_JOB_POLL_SECONDS", "5");
        settings.put("BECFLOW_TRUSTED_PROXIES", TRUSTED_PROXY);
        try {
            dashboardPort = TestPlatform.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.put("BECFLOW_JOB_DASHBOARD_PORT", String.valueOf(dashboardPort));
        TestPlatform.releaseServerPort();
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
