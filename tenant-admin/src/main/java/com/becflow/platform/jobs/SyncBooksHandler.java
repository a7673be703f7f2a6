package com.becflow.platform.jobs;

import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksSync;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Runs a sync pass as a job: one the schedule found due, one that failed, or one the vendor asked us to delay. */
@Dependent
public class SyncBooksHandler extends TenantJobHandler<SyncBooks> {

    private static final Logger LOG = Logger.getLogger(SyncBooksHandler.class.getName());

    @Inject
    BooksSyncDispatch dispatch;

    @Override
    protected void runFor(SyncBooks job, TenantContext ctx) {
        BooksSync.Pass pass = dispatch.pass(ctx, BooksVendor.valueOf(job.vendor()));
        LOG.fine(() -> "Books sync of " + job.tenantId() + " at " + job.vendor() + ": " + pass);
    }
}
