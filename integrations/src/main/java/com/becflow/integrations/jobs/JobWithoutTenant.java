package com.becflow.integrations.jobs;

public class JobWithoutTenant extends IllegalStateException {

    public JobWithoutTenant(String job) {
        super("Job " + job + " names no tenant; it does not run");
    }
}
