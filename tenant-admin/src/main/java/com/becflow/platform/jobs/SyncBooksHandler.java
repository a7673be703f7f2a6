package com.becflow.platform.jobs;

import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksSync;
import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Runs a sync pass; when the vendor asked us to wait, the same pass is scheduled again after that wait. */
@Dependent
public class SyncBooksHandler extends TenantJobHandler<SyncBooks> {

    private static final Logger LOG = Logger.getLogger(SyncBooksHandler.class.getName());

    @Inject
    BooksSync sync;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    @Override
    protected void runFor(SyncBooks job, TenantContext ctx) {
        BooksSync.Pass pass = sync.push(ctx, BooksVendor.valueOf(job.vendor()));
        LOG.fine(() -> "Books sync of " + job.tenantId() + " at " + job.vendor() + ": " + pass);
        pass.resumeAfter().ifPresent(wait -> jobs.schedule(clock.instant().plus(wait), job));
    }
}
