package com.becflow.platform.jobs;

import com.becflow.accounting.BooksSyncDispatch;
import com.becflow.accounting.BooksVendor;
import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A JobRunr job per requested pass. Two passes of the same books at once are harmless: an object pushed by one is
 * unchanged for the other, and one pushed by both at once carries the same idempotency key.
 */
@ApplicationScoped
public class JobRunrBooksSyncDispatch implements BooksSyncDispatch {

    @Inject
    BackgroundJobs jobs;

    @Override
    public void dispatch(TenantId tenant, BooksVendor vendor) {
        jobs.enqueue(new SyncBooks(tenant.value().toString(), vendor.name()));
    }
}
