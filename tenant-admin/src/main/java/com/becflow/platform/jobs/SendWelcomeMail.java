package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJob;

/** Greets a new tenant's owner once sign-up has completed. */
public record SendWelcomeMail(String tenantId) implements TenantJob {

    @Override
    public Class<WelcomeMailHandler> getJobRequestHandler() {
        return WelcomeMailHandler.class;
    }
}
