package com.becflow.integrations.jobs;

import org.jobrunr.JobRunrException;

/**
 * A job that names no tenant, or not a tenant id at all. It can never succeed, so JobRunr is told not to
 * retry it (a job for an unknown or suspended tenant is retried: a suspension can be lifted).
 */
public class JobWithoutTenant extends JobRunrException {

    public JobWithoutTenant(String job) {
        super("Job " + job + " names no tenant; it does not run", true);
    }
}
