package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** Tells a tenant's owner where their workspace stands. */
public record SendWorkspaceDigest(String tenantId) implements TenantJob {

    @Override
    public Class<WorkspaceDigestHandler> getJobRequestHandler() {
        return WorkspaceDigestHandler.class;
    }
}
