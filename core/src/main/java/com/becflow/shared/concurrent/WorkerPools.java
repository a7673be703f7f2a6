package com.becflow.shared.concurrent;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Fixed pools of the container's managed threads, for work handed off after a commit (mails, applying stored
 * notifications). Handing each task to the {@code ManagedExecutorService} instead made Payara capture the
 * caller's context per task, which scans the class path for context providers every time (a twentieth of the
 * server's time when issuing invoices); threads of the {@code ManagedThreadFactory} carry the application's
 * context from their start. A pool's size also bounds how much of the machine its work can take from requests.
 */
@ApplicationScoped
public class WorkerPools {

    private static final Logger LOG = Logger.getLogger(WorkerPools.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private final Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    /** The pool of that name, made with the given number of threads on first use. */
    public Executor pool(String name, int size) {
        return pools.computeIfAbsent(name, n -> Executors.newFixedThreadPool(size, threads));
    }

    @PreDestroy
    void finish() {
        pools.values().forEach(ExecutorService::shutdown);
        for (Map.Entry<String, ExecutorService> pool : pools.entrySet()) {
            try {
                if (!pool.getValue().awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warning(() -> "Worker pool " + pool.getKey() + " still busy at shutdown; its queued work is dropped");
                    pool.getValue().shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.getValue().shutdownNow();
            }
        }
    }
}
