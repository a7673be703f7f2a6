package com.becflow.integrations.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * A background job that touches one tenant's data. It carries the tenant id as plain text, because jobs
 * are stored as JSON and run later on any server; its handler re-enters the tenant before doing anything.
 */
public interface TenantJob extends JobRequest {

    String tenantId();
}
