package com.becflow.platform.jobs;

import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksSync;
import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.shared.concurrent.WorkerPools;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a sync pass runs. One asked for by the freelancer (connecting, "Sync now", a settled conflict) or by the
 * books' webhook runs at once, after the request's transaction committed: a job would wait for the job store's next
 * poll, five seconds or more. Passes the schedule finds due, and any pass that failed, run as JobRunr jobs, which
 * retry. Two passes of the same books at once are harmless: an object pushed by one is unchanged for the other, and
 * one pushed by both at once carries the same idempotency key.
 */
@ApplicationScoped
public class BooksSyncDispatch {

    static final int SYNCING_THREADS = 2;
    private static final Logger LOG = Logger.getLogger(BooksSyncDispatch.class.getName());

    @Inject
    BackgroundJobs jobs;

    @Inject
    WorkerPools pools;

    @Inject
    BooksSync sync;

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    void runSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) BooksSyncRequested requested) {
        try {
            pools.pool("books-sync", SYNCING_THREADS).execute(() -> runNow(requested));
        } catch (RejectedExecutionException e) {
            enqueue(requested);
        }
    }

    /** The pass as a job, which JobRunr retries when it fails. */
    public void enqueue(BooksSyncRequested requested) {
        jobs.enqueue(new SyncBooks(requested.tenant().value().toString(), requested.vendor().name()));
    }

    /** One pass; when the vendor asked us to wait, the same pass is scheduled as a job after that wait. */
    public BooksSync.Pass pass(TenantContext ctx, BooksVendor vendor) {
        BooksSync.Pass pass = sync.push(ctx, vendor);
        pass.resumeAfter().ifPresent(wait -> jobs.schedule(clock.instant().plus(wait),
                new SyncBooks(ctx.tenant().value().toString(), vendor.name())));
        return pass;
    }

    private void runNow(BooksSyncRequested requested) {
        try {
            pass(registry.enter(requested.tenant(), TenantJobHandler.JOBS), requested.vendor());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Books sync of " + requested.tenant() + " at " + requested.vendor()
                    + " failed; a job tries again", e);
            enqueue(requested);
        }
    }
}
