package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** One sync pass of one workspace's books at one vendor: tenant and vendor are its arguments. */
public record SyncBooks(String tenantId, String vendor) implements TenantJob {

    @Override
    public Class<SyncBooksHandler> getJobRequestHandler() {
        return SyncBooksHandler.class;
    }
}
