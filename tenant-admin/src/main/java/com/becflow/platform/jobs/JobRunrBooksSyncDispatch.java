package com.becflow.platform.jobs;

import com.becflow.accounting.BooksSyncRequested;
import com.becflow.integrations.jobs.BackgroundJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A JobRunr job per requested pass. Two passes of the same books at once are harmless: an object pushed by one is
 * unchanged for the other, and one pushed by both at once carries the same idempotency key.
 */
@ApplicationScoped
public class JobRunrBooksSyncDispatch {

    @Inject
    BackgroundJobs jobs;

    public void dispatch(@Observes BooksSyncRequested requested) {
        jobs.enqueue(new SyncBooks(requested.tenant().value().toString(), requested.vendor().name()));
    }
}
