package com.becflow.integrations.jobs;

import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.inject.Inject;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Runs a {@link TenantJob} inside its tenant, or not at all: a job whose tenant id is missing, malformed,
 * unknown or suspended fails before its work starts, so it can never fall back to another tenant.
 * Handlers are {@code @Dependent} beans: {@link #run} is final so no handler can skip the check, and a
 * final method cannot sit behind a client proxy.
 */
public abstract class TenantJobHandler<T extends TenantJob> implements JobRequestHandler<T> {

    public static final UserId JOBS = new UserId("system:jobs");

    @Inject
    TenantRegistry registry;

    @Override
    public final void run(T job) {
        if (job == null || job.tenantId() == null || job.tenantId().isBlank()) {
            throw new JobWithoutTenant(job == null ? "null" : job.getClass().getSimpleName());
        }
        TenantId tenant;
        try {
            tenant = TenantId.parse(job.tenantId());
        } catch (IllegalArgumentException e) {
            throw new JobWithoutTenant(job.getClass().getSimpleName() + " (malformed tenant id)");
        }
        runFor(job, registry.enter(tenant, JOBS));
    }

    protected abstract void runFor(T job, TenantContext tenant);
}
