package com.becflow.integrations.jobs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jobrunr.dashboard.JobRunrApiHandler;
import org.jobrunr.dashboard.JobRunrSseHandler;
import org.jobrunr.dashboard.JobRunrStaticFileHandler;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.dashboard.server.http.RedirectHttpHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;

/**
 * JobRunr's dashboard, served on 127.0.0.1 only. JobRunr's own dashboard server binds every interface and
 * has no authentication worth the name, so its handlers are mounted here on a loopback socket instead;
 * operators reach it through an SSH or kubectl port-forward.
 */
public final class JobDashboard implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<HttpExchangeHandler> handlers;

    private JobDashboard(HttpServer server, ExecutorService threads, List<HttpExchangeHandler> handlers) {
        this.server = server;
        this.threads = threads;
        this.handlers = handlers;
    }

    public static JobDashboard start(StorageProvider storage, JsonMapper json, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            List<HttpExchangeHandler> handlers = List.of(new RedirectHttpHandler("/", "/dashboard"),
                    new JobRunrStaticFileHandler(), new JobRunrApiHandler(storage, json, false),
                    new JobRunrSseHandler(storage, json));
            handlers.forEach(h -> server.createContext(h.getContextPath(), h));
            ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "job-dashboard");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            server.start();
            return new JobDashboard(server, threads, handlers);
        } catch (IOException e) {
            throw new UncheckedIOException("The job dashboard could not listen on 127.0.0.1:" + port, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.forEach(HttpExchangeHandler::close);
        threads.shutdownNow();
    }
}
